package app.galley.analyze;

import app.galley.text.Folding;
import java.nio.ByteBuffer;

/**
 * MinHash signatures over character shingles of folded text (CJK-aware: characters, not words), and
 * their locality-sensitive band hashes. Two texts' signatures agree in about as many places as their
 * shingle sets overlap (Jaccard similarity).
 */
public final class MinHash {

    public static final int HASHES = 128;
    public static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    static final int SHINGLE = 5;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x632BE59BD9B4E019L);
            SEEDS[i] = x;
        }
    }

    private MinHash() {
    }

    /** The signature of already folded text (see {@link Folding}). */
    public static int[] signature(String folded) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        int n = folded.length();
        if (n == 0) {
            return sig;
        }
        int last = Math.max(1, n - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = i; k < Math.min(n, i + SHINGLE); k++) {
                h = (h ^ folded.charAt(k)) * 0x100000001b3L;
            }
            // 128 hash functions from two (Kirsch and Mitzenmacher): h1 + j * h2
            long h1 = mix(h);
            long h2 = mix(h ^ SEEDS[0]) | 1;
            for (int j = 0; j < HASHES; j++) {
                int v = (int) ((h1 + j * h2) >>> 33);
                if (v < sig[j]) {
                    sig[j] = v;
                }
            }
        }
        return sig;
    }

    /** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** One hash per band of {@link #ROWS} rows: texts sharing any band hash are candidates. */
    public static long[] bands(int[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    public static byte[] toBytes(int[] sig) {
        ByteBuffer buf = ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) {
            buf.putInt(v);
        }
        return buf.array();
    }

    public static int[] fromBytes(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int[] sig = new int[bytes.length / 4];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = buf.getInt();
        }
        return sig;
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
