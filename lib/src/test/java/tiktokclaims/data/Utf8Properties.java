package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Utf8#isValid} accepts exactly what Java's strict UTF-8 decoder accepts. */
class Utf8Properties {

    @Provide
    Arbitrary<byte[]> nearlyUtf8() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 'a', (byte) 0x7F, (byte) 0x80, (byte) 0x8F, (byte) 0x90,
                (byte) 0x9F, (byte) 0xA0, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF,
                (byte) 0xE0, (byte) 0xE1, (byte) 0xED, (byte) 0xEE, (byte) 0xEF, (byte) 0xF0, (byte) 0xF1,
                (byte) 0xF4, (byte) 0xF5, (byte) 0xFF);
        return Arbitraries.oneOf(interesting, Arbitraries.bytes()).array(byte[].class).ofMaxSize(8);
    }

    @Property(tries = 3000)
    void sameVerdictAsTheDecoder(@ForAll("nearlyUtf8") byte[] b) {
        assertEquals(decodes(b), Utf8.isValid(b, 0, b.length));
    }

    @Property(tries = 300)
    void encodedTextIsValid(@ForAll String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        assertEquals(decodes(b), Utf8.isValid(b, 0, b.length));
    }

    @Test
    void knownCases() {
        assertTrue(valid(0xE2, 0x80, 0x99));
        assertTrue(valid(0xF0, 0x9F, 0x98, 0x80));
        assertFalse(valid(0xC0, 0x80));
        assertFalse(valid(0xED, 0xA0, 0x80));
        assertFalse(valid(0xF4, 0x90, 0x80, 0x80));
        assertFalse(valid(0xE2, 0x82));
        assertFalse(valid(0xE9));
    }

    private static boolean valid(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        assertEquals(decodes(b), Utf8.isValid(b, 0, b.length));
        return Utf8.isValid(b, 0, b.length);
    }

    private static boolean decodes(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
