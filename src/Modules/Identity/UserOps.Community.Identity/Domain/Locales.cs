namespace UserOps.Community.Identity.Domain;

internal static class Locales
{
    public const string English = "en";
    public const string SimplifiedChinese = "zh-CN";

    public static readonly IReadOnlyList<string> Supported = [English, SimplifiedChinese];
}
