namespace PirLint.Documents;

public enum DocumentForm
{
    Yaml,
    Markdown,
}
