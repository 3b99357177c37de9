using System.Security.Cryptography;

namespace UserOps.Community.Referrals.Codes;

/// <summary>Random 8-character codes without look-alike characters (0/O, 1/I/L): about 8.5e11 codes, easy to type from a poster.</summary>
internal static class CodeGenerator
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Length = 8;

    public static string Next() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));
}
