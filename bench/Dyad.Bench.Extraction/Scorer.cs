using System.Diagnostics;

namespace Dyad.Bench.Extraction;

/// <summary>Calls the benchmark's scorer (../shared/tools/score_extraction.py) on a JSONL of predictions.</summary>
internal static class Scorer
{
    public static string Score(string devDir, string jsonl)
    {
        string truth = Path.Combine(devDir, "ground-truth.json");
        string script = Path.GetFullPath(Path.Combine(devDir, "../../tools/score_extraction.py"));
        if (!File.Exists(script)) return "(scorer not found)";
        try
        {
            using var p = Process.Start(new ProcessStartInfo("python3", [script, truth, jsonl]) { RedirectStandardOutput = true })!;
            string output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "(python3 not found)";
        }
    }
}
