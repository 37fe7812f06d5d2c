namespace Dyad.Actors;

/// <summary>
/// Folds the letters that news spells either way (Elysée/Elysee, Türkiye/Turkiye, Quai d’Orsay/d'Orsay)
/// to one form, so the dictionary lists each name once. Case is kept: matching decides about case.
/// </summary>
internal static class TextFold
{
    private const string From = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžȘșȚțǎǐǒǔ’‘ʼ‐‑–";
    private const string To = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIiJjKkLlLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzSsTtaiou'''---";
    private static readonly Dictionary<char, char> Map = From.Zip(To).ToDictionary(p => p.First, p => p.Second);

    public static char Fold(char c) => c < 128 ? c : Map.GetValueOrDefault(c, c);

    public static bool NeedsFolding(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (c >= 128 && Map.ContainsKey(c)) return true;
        return false;
    }

    public static string Fold(string text) => NeedsFolding(text) ? string.Create(text.Length, text, (span, s) => Fold(s, span)) : text;

    /// <summary>Writes the folded text into <paramref name="buffer"/> (at least as long) and returns that part.</summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> text, Span<char> buffer)
    {
        for (int i = 0; i < text.Length; i++) buffer[i] = Fold(text[i]);
        return buffer[..text.Length];
    }
}
