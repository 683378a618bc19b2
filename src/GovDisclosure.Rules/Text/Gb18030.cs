using System.Text;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// The GB18030 encoding (code page 54936), strict: an undecodable byte throws rather than becoming U+FFFD.
/// On net10.0 it comes from the framework's CodePagesEncodingProvider, asked directly so that nothing is registered
/// on the host's behalf. The netstandard2.0 build may not reference that provider's package: it takes GB18030 from the
/// host (.NET Framework has it built in; a host may have registered a provider), else from the provider that .NET Core
/// runtimes ship in their shared framework; failing both, it is null and GB18030 bytes are refused with GDT006.
/// </summary>
internal static class Gb18030
{
    private const int CodePage = 54936;

    /// <summary>The strict GB18030 encoding, or null where the platform has none.</summary>
    internal static Encoding? Strict { get; } = Create();

#if NETSTANDARD2_0
    private static Encoding? Create()
    {
        try
        {
            return Encoding.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (System.Exception e) when (e is System.ArgumentException or System.NotSupportedException)
        {
            return FromRuntimeProvider();
        }
    }

    private static Encoding? FromRuntimeProvider()
    {
        try
        {
            var type = System.Type.GetType("System.Text.CodePagesEncodingProvider, System.Text.Encoding.CodePages", throwOnError: false);
            var provider = type?.GetProperty("Instance")?.GetValue(null) as EncodingProvider;
            return provider?.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (System.Exception e) when (e is System.IO.IOException or System.BadImageFormatException or System.TypeLoadException
            or System.Reflection.TargetInvocationException or System.MemberAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }
#else
    private static Encoding? Create() =>
        CodePagesEncodingProvider.Instance.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
#endif
}
