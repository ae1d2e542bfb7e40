package tiktokclaims.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 well-formedness (Unicode Table 3-7, as Java's decoder with {@code REPORT} checks it: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no cut sequences), checked on the bytes without decoding them.
 */
final class Utf8 {

    /** Eight bytes at a time, to skip runs of ASCII. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** Whether {@code b[start, end)} is well-formed UTF-8. */
    static boolean isValid(byte[] b, int start, int end) {
        int i = start;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                while (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                    i += 8;
                }
                continue;
            }
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return false;
            }
            if (end - i <= n) {
                return false;
            }
            int second = b[i + 1] & 0xff;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= n; k++) {
                int next = b[i + k] & 0xff;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }
}
