using System.Globalization;
using System.Text;

namespace PirLint.Cli;

/// <summary>Writes YAML scalars: every string double-quoted, with the escapes YAML defines, so any text pastes safely.</summary>
internal static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A comment line's text: one line, whatever the input.</summary>
    public static string Comment(string text) => text.Replace("\r", " ").Replace("\n", " ");
}
