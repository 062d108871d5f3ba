using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ParentBot.Core.Knowledge;

/// <summary>
/// The language-neutral analyzer: Unicode word splitting, lower case, accents folded (so "creche" finds
/// "crèche"), and Arabic-script letters normalised across Arabic, Persian and Pashto spellings. It serves
/// the languages Lucene has no stemmer for (Tigrinya, Somali, Pashto, Ukrainian) and mixed-language questions.
/// </summary>
internal sealed class FoldingAnalyzer(LuceneVersion version) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(version, reader);
        TokenStream stream = new LowerCaseFilter(version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new ArabicNormalizationFilter(stream);
        stream = new PersianNormalizationFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
