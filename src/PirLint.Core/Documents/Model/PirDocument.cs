using System.Collections.Generic;
using PirLint.Text;

namespace PirLint.Documents;

/// <summary>A review read from one file: its text, its root mapping and its comments.</summary>
public sealed class PirDocument
{
    public PirDocument(string path, DocumentForm form, LineMap lines, MappingNode root, IReadOnlyList<SourceComment> comments)
    {
        Path = path;
        Form = form;
        Lines = lines;
        Root = root;
        Comments = comments;
    }

    public string Path { get; }

    public DocumentForm Form { get; }

    public LineMap Lines { get; }

    public MappingNode Root { get; }

    public IReadOnlyList<SourceComment> Comments { get; }
}
