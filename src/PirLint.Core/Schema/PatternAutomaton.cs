using System;
using System.Collections.Generic;

namespace PirLint.Schema;

/// <summary>
/// Matches a pattern of <see cref="PatternParser"/>'s subset by running its automaton over the value, all threads at
/// once (Thompson's construction). There is no backtracking: the work is bounded by the value's length times the
/// program's size, so no timeout is needed. Immutable once built; each match uses its own state.
/// </summary>
internal sealed class PatternAutomaton
{
    /// <summary>The largest program built; a pattern with larger counted repetitions goes to Regex.</summary>
    public const int MaxProgramSize = 10_000;

    private readonly Instruction[] program;

    private PatternAutomaton(Instruction[] program) => this.program = program;

    private enum Operation
    {
        Char,
        Anchor,
        Split,
        Jump,
        Match,
    }

    public int ProgramSize => program.Length;

    /// <summary>The automaton of <paramref name="tree"/>, or null when its program would exceed <see cref="MaxProgramSize"/>.</summary>
    public static PatternAutomaton? TryBuild(PatternNode tree)
    {
        if (Size(tree) + 1 > MaxProgramSize)
        {
            return null;
        }

        var program = new List<Instruction>();
        Emit(tree, program);
        program.Add(new Instruction(Operation.Match));
        return new PatternAutomaton(program.ToArray());
    }

    /// <summary>Whether the pattern matches anywhere in <paramref name="value"/> (Regex.IsMatch semantics).</summary>
    public bool IsMatch(string value)
    {
        // marks[pc] == position + 1: pc is already in the list of threads at that position.
        var marks = new int[program.Length];
        var current = new List<int>();
        var next = new List<int>();
        var pending = new Stack<int>();
        for (var position = 0; ; position++)
        {
            // A match may start at any position: a new thread starts here.
            if (AddThread(current, 0, value, position, marks, pending))
            {
                return true;
            }

            if (position == value.Length)
            {
                return false;
            }

            next.Clear();
            var c = value[position];
            foreach (var pc in current)
            {
                if (program[pc].Set!.Contains(c) && AddThread(next, pc + 1, value, position + 1, marks, pending))
                {
                    return true;
                }
            }

            (current, next) = (next, current);
        }
    }

    /// <summary>Adds the threads reachable from <paramref name="start"/> without reading; true when one reaches Match.</summary>
    private bool AddThread(List<int> threads, int start, string value, int position, int[] marks, Stack<int> pending)
    {
        pending.Clear();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var pc = pending.Pop();
            if (marks[pc] == position + 1)
            {
                continue;
            }

            marks[pc] = position + 1;
            var instruction = program[pc];
            switch (instruction.Operation)
            {
                case Operation.Char:
                    threads.Add(pc);
                    break;
                case Operation.Anchor:
                    if (instruction.Anchor!.Holds(value, position))
                    {
                        pending.Push(pc + 1);
                    }

                    break;
                case Operation.Split:
                    pending.Push(instruction.Alternative);
                    pending.Push(instruction.Target);
                    break;
                case Operation.Jump:
                    pending.Push(instruction.Target);
                    break;
                default:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The number of instructions <see cref="Emit"/> writes, saturated just above the limit.</summary>
    private static long Size(PatternNode node)
    {
        long size;
        switch (node)
        {
            case PatternSequence sequence:
                size = 0;
                foreach (var item in sequence.Items)
                {
                    size += Size(item);
                }

                break;
            case PatternAlternation alternation:
                size = 2 * (alternation.Branches.Count - 1);
                foreach (var branch in alternation.Branches)
                {
                    size += Size(branch);
                }

                break;
            case PatternRepeat repeat:
                var body = Size(repeat.Body);
                size = body * repeat.Min + (repeat.Max == PatternRepeat.Unbounded ? body + 2 : (body + 1) * (repeat.Max - repeat.Min));
                break;
            default:
                size = 1;
                break;
        }

        return Math.Min(size, MaxProgramSize + 1);
    }

    private static void Emit(PatternNode node, List<Instruction> program)
    {
        switch (node)
        {
            case PatternChar single:
                program.Add(new Instruction(Operation.Char) { Set = single.Set });
                break;
            case PatternAnchor anchor:
                program.Add(new Instruction(Operation.Anchor) { Anchor = anchor });
                break;
            case PatternSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Emit(item, program);
                }

                break;
            case PatternAlternation alternation:
                EmitAlternation(alternation, program);
                break;
            case PatternRepeat repeat:
                EmitRepeat(repeat, program);
                break;
        }
    }

    // Split(first branch, next split) ... each branch but the last ends with a Jump past the last.
    private static void EmitAlternation(PatternAlternation alternation, List<Instruction> program)
    {
        var jumps = new List<int>();
        for (var i = 0; i < alternation.Branches.Count - 1; i++)
        {
            var split = program.Count;
            program.Add(new Instruction(Operation.Split));
            Emit(alternation.Branches[i], program);
            jumps.Add(program.Count);
            program.Add(new Instruction(Operation.Jump));
            program[split] = new Instruction(Operation.Split) { Target = split + 1, Alternative = program.Count };
        }

        Emit(alternation.Branches[alternation.Branches.Count - 1], program);
        foreach (var jump in jumps)
        {
            program[jump] = new Instruction(Operation.Jump) { Target = program.Count };
        }
    }

    // The body Min times, then either a loop (Split into the body or past it; Jump back) or Max - Min optional copies.
    private static void EmitRepeat(PatternRepeat repeat, List<Instruction> program)
    {
        for (var i = 0; i < repeat.Min; i++)
        {
            Emit(repeat.Body, program);
        }

        if (repeat.Max == PatternRepeat.Unbounded)
        {
            var loop = program.Count;
            program.Add(new Instruction(Operation.Split));
            Emit(repeat.Body, program);
            program.Add(new Instruction(Operation.Jump) { Target = loop });
            program[loop] = new Instruction(Operation.Split) { Target = loop + 1, Alternative = program.Count };
            return;
        }

        var splits = new List<int>();
        for (var i = repeat.Min; i < repeat.Max; i++)
        {
            splits.Add(program.Count);
            program.Add(new Instruction(Operation.Split));
            Emit(repeat.Body, program);
        }

        foreach (var split in splits)
        {
            program[split] = new Instruction(Operation.Split) { Target = split + 1, Alternative = program.Count };
        }
    }

    private struct Instruction
    {
        public Instruction(Operation operation)
        {
            Operation = operation;
            Target = 0;
            Alternative = 0;
            Set = null;
            Anchor = null;
        }

        public Operation Operation { get; }

        public int Target { get; set; }

        public int Alternative { get; set; }

        public PatternCharSet? Set { get; set; }

        public PatternAnchor? Anchor { get; set; }
    }
}
