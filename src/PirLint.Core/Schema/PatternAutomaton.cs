using System;

namespace PirLint.Schema;

/// <summary>
/// Matches a pattern of <see cref="PatternParser"/>'s subset by running its automaton over the value, all threads at
/// once (Thompson's construction). There is no backtracking: the work is bounded by the value's length times the
/// program's size, so no timeout is needed. Immutable once built; each match uses its own state. Arrays rather than
/// generic collections of its own types: those would be compiled at start-up, which this class is here to keep short.
/// </summary>
internal sealed class PatternAutomaton
{
    /// <summary>The largest program built; a pattern with larger counted repetitions goes to Regex.</summary>
    public const int MaxProgramSize = 10_000;

    private readonly Instruction[] _program;

    private int _count;

    private PatternAutomaton(int size) => _program = new Instruction[size];

    private enum Operation
    {
        Char,
        Anchor,
        Split,
        Jump,
        Match,
    }

    /// <summary>The automaton of <paramref name="tree"/>, or null when its program would exceed <see cref="MaxProgramSize"/>.</summary>
    public static PatternAutomaton? TryBuild(PatternNode tree)
    {
        var size = Size(tree) + 1;
        if (size > MaxProgramSize)
        {
            return null;
        }

        var automaton = new PatternAutomaton((int)size);
        automaton.Emit(tree);
        automaton.Add(new Instruction(Operation.Match));
        return automaton;
    }

    /// <summary>Whether the pattern matches anywhere in <paramref name="value"/> (Regex.IsMatch semantics).</summary>
    public bool IsMatch(string value)
    {
        // marks[pc] == position + 1: pc is already in the list of threads at that position.
        var marks = new int[_program.Length];
        var current = new Threads(_program.Length);
        var next = new Threads(_program.Length);

        // Each instruction is expanded once per AddThread and pushes at most two more: 2 × length + 1 entries suffice.
        var pending = new int[2 * _program.Length + 1];
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

            next.Count = 0;
            var c = value[position];
            for (var i = 0; i < current.Count; i++)
            {
                var pc = current.Items[i];
                if (_program[pc].Set!.Contains(c) && AddThread(next, pc + 1, value, position + 1, marks, pending))
                {
                    return true;
                }
            }

            (current, next) = (next, current);
        }
    }

    /// <summary>Adds the threads reachable from <paramref name="start"/> without reading; true when one reaches Match.</summary>
    private bool AddThread(Threads threads, int start, string value, int position, int[] marks, int[] pending)
    {
        var top = 0;
        pending[top++] = start;
        while (top > 0)
        {
            var pc = pending[--top];
            if (marks[pc] == position + 1)
            {
                continue;
            }

            marks[pc] = position + 1;
            var instruction = _program[pc];
            switch (instruction.Operation)
            {
                case Operation.Char:
                    threads.Items[threads.Count++] = pc;
                    break;
                case Operation.Anchor:
                    if (instruction.Anchor!.Holds(value, position))
                    {
                        pending[top++] = pc + 1;
                    }

                    break;
                case Operation.Split:
                    pending[top++] = instruction.Alternative;
                    pending[top++] = instruction.Target;
                    break;
                case Operation.Jump:
                    pending[top++] = instruction.Target;
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

    private int Add(Instruction instruction)
    {
        _program[_count] = instruction;
        return _count++;
    }

    private void Emit(PatternNode node)
    {
        switch (node)
        {
            case PatternChar single:
                Add(new Instruction(Operation.Char) { Set = single.Set });
                break;
            case PatternAnchor anchor:
                Add(new Instruction(Operation.Anchor) { Anchor = anchor });
                break;
            case PatternSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Emit(item);
                }

                break;
            case PatternAlternation alternation:
                EmitAlternation(alternation);
                break;
            case PatternRepeat repeat:
                EmitRepeat(repeat);
                break;
        }
    }

    // Split(first branch, next split) ... each branch but the last ends with a Jump past the last.
    private void EmitAlternation(PatternAlternation alternation)
    {
        var last = alternation.Branches.Count - 1;
        var jumps = new int[last];
        for (var i = 0; i < last; i++)
        {
            var split = Add(new Instruction(Operation.Split));
            Emit(alternation.Branches[i]);
            jumps[i] = Add(new Instruction(Operation.Jump));
            _program[split] = new Instruction(Operation.Split) { Target = split + 1, Alternative = _count };
        }

        Emit(alternation.Branches[last]);
        foreach (var jump in jumps)
        {
            _program[jump] = new Instruction(Operation.Jump) { Target = _count };
        }
    }

    // The body Min times, then either a loop (Split into the body or past it; Jump back) or Max - Min optional copies.
    private void EmitRepeat(PatternRepeat repeat)
    {
        for (var i = 0; i < repeat.Min; i++)
        {
            Emit(repeat.Body);
        }

        if (repeat.Max == PatternRepeat.Unbounded)
        {
            var loop = Add(new Instruction(Operation.Split));
            Emit(repeat.Body);
            Add(new Instruction(Operation.Jump) { Target = loop });
            _program[loop] = new Instruction(Operation.Split) { Target = loop + 1, Alternative = _count };
            return;
        }

        var splits = new int[repeat.Max - repeat.Min];
        for (var i = 0; i < splits.Length; i++)
        {
            splits[i] = Add(new Instruction(Operation.Split));
            Emit(repeat.Body);
        }

        foreach (var split in splits)
        {
            _program[split] = new Instruction(Operation.Split) { Target = split + 1, Alternative = _count };
        }
    }

    /// <summary>The threads at one position: instructions that read a character, each at most once.</summary>
    private sealed class Threads
    {
        public Threads(int capacity) => Items = new int[capacity];

        public int[] Items { get; }

        public int Count { get; set; }
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
