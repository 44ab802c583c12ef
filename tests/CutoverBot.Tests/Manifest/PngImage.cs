using System.Buffers.Binary;
using System.IO.Compression;

namespace CutoverBot.Tests.Manifest;

/// <summary>Just enough of a PNG reader to check the Teams icons: size, and the RGBA pixels of 8-bit RGBA images.</summary>
internal sealed record PngImage(int Width, int Height, byte ColourType, byte[]? Rgba)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException($"{path} is not a PNG");
        // The first chunk is always IHDR: width, height, bit depth, colour type.
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        var (depth, colourType) = (bytes[24], bytes[25]);
        var rgba = depth == 8 && colourType == 6 ? Unfilter(Inflate(bytes), width, height) : null;
        return new PngImage(width, height, colourType, rgba);
    }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = (y * Width + x) * 4;
        return (Rgba![i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    private static byte[] Inflate(byte[] png)
    {
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8)) idat.Write(png, at + 8, length);
            at += 12 + length;
        }
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        return raw.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        var stride = width * 4;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= 4 ? pixels[y * stride + x - 4] : 0, b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
                var predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, 4 => Paeth(a, b, c), _ => throw new InvalidDataException("bad filter") };
                pixels[y * stride + x] = (byte)(raw[y * (stride + 1) + 1 + x] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
