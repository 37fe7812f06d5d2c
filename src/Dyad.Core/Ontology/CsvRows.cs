using System.Text;

namespace Dyad.Core.Ontology;

/// <summary>Splits RFC 4180 CSV text (quoted fields, doubled quotes, newlines inside quotes).</summary>
public static class CsvRows
{
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            any = true;
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else field.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return fields.ToArray();
                    fields.Clear(); any = false;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
