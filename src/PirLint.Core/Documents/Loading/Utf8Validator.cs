namespace PirLint.Documents.Loading;

internal static class Utf8Validator
{
    /// <summary>The index of the first byte that does not start a well-formed UTF-8 sequence, or -1.</summary>
    public static int FindInvalid(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            byte min2 = 0x80, max2 = 0xBF;
            if (b >= 0xC2 && b <= 0xDF)
            {
                length = 2;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                length = 3;
                if (b == 0xE0) min2 = 0xA0;
                if (b == 0xED) max2 = 0x9F;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                length = 4;
                if (b == 0xF0) min2 = 0x90;
                if (b == 0xF4) max2 = 0x8F;
            }
            else
            {
                return i;
            }

            if (i + length > bytes.Length || bytes[i + 1] < min2 || bytes[i + 1] > max2)
            {
                return i;
            }

            for (var k = 2; k < length; k++)
            {
                if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                {
                    return i;
                }
            }

            i += length;
        }

        return -1;
    }
}
