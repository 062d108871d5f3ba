using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ParentBot.Core.Knowledge;

/// <summary>
/// A Lucene index (BM25) over every way parents ask each entry, built in memory at start from the YAML.
/// Each phrasing is indexed with its language's stemming analyzer and with a language-neutral folding
/// analyzer; a question is searched in all of them at once, so an Arabic-speaking parent who types French
/// or mixes in Dutch words still finds the entry. Typos are met with fuzzy terms on the neutral field.
/// </summary>
public sealed partial class KnowledgeIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string AnyField = "t_any";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, Analyzer> _analyzers;
    private readonly FoldingAnalyzer _folding = new(Version);
    private readonly KnowledgeBase _knowledge;
    private readonly string[] _emergencyPhrases;
    private readonly Dictionary<string, EntryVocabulary> _vocabulary = new(StringComparer.Ordinal);
    private readonly string[] _entryOfDoc;
    private readonly Dictionary<char, string[]> _neutralTermsByInitial;

    public KnowledgeIndex(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _analyzers = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            ["en"] = new EnglishAnalyzer(Version),
            ["nl"] = new DutchAnalyzer(Version),
            ["fr"] = new FrenchAnalyzer(Version),
            ["ar"] = new ArabicAnalyzer(Version),
            ["fa"] = new PersianAnalyzer(Version),
            ["ru"] = new RussianAnalyzer(Version),
            ["tr"] = new TurkishAnalyzer(Version),
        };
        var perField = new PerFieldAnalyzerWrapper(_folding, _analyzers.ToDictionary(a => FieldOf(a.Key), a => a.Value));
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, perField) { Similarity = new BM25Similarity() }))
        {
            foreach (var entry in knowledge.Entries)
            {
                var vocabulary = _vocabulary[entry.Id] = new EntryVocabulary();
                foreach (var (language, text) in entry.Texts)
                {
                    foreach (var phrasing in text.Questions.Append(text.Title))
                    {
                        writer.AddDocument(Document(entry.Id, language, phrasing));
                        Learn(vocabulary, phrasing);
                    }
                }
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };

        // The index never changes after start: look ids up in an array, not in stored fields, per hit.
        _entryOfDoc = [.. Enumerable.Range(0, _reader.MaxDoc).Select(d => _reader.Document(d).Get(IdField, System.Globalization.CultureInfo.InvariantCulture))];
        _neutralTermsByInitial = _vocabulary.Values.SelectMany(v => v.Neutral).Distinct(StringComparer.Ordinal)
            .GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _emergencyPhrases = [.. knowledge.EmergencyTerms.Values.SelectMany(t => t)
            .Select(t => string.Join(' ', Tokens(_folding, AnyField, t)))
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)];
    }

    public KnowledgeBase Knowledge => _knowledge;

    private static string FieldOf(string language) => "t_" + language;

    private Document Document(string id, string language, string phrasing)
    {
        var doc = new Document { new StringField(IdField, id, Field.Store.YES), new TextField(AnyField, phrasing, Field.Store.NO) };
        if (_analyzers.ContainsKey(language))
        {
            doc.Add(new TextField(FieldOf(language), phrasing, Field.Store.NO));
        }

        return doc;
    }

    private void Learn(EntryVocabulary vocabulary, string phrasing) =>
        vocabulary.Neutral.UnionWith(Tokens(_folding, AnyField, phrasing));

    internal static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _folding.Dispose();
        foreach (var analyzer in _analyzers.Values)
        {
            analyzer.Dispose();
        }
    }
}
