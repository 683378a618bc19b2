using System.Linq;
using Microsoft.AspNetCore.Http;

namespace GovDisclosure.Rules.AspNetCore;

/// <summary>The message language a request asks for through Accept-Language: the best-rated of zh and en; zh when neither.</summary>
internal static class MessageLanguages
{
    internal static MessageLanguage Of(HttpRequest request)
    {
        var ranked = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in ranked)
        {
            if (Rules.MessageLanguages.TryFrom(language.Value.Value ?? "", out var chosen))
            {
                return chosen;
            }
        }

        return MessageLanguage.Chinese;
    }
}
