package tiktokclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import java.util.stream.Stream;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.InputException;

/**
 * A notebook shows the message of the exception a cell throws (JJava: "InputException: MESSAGE"), so the message of
 * an {@link InputException} from {@code ClaimsData.load} is the same one line the CLI prints: file, line, column.
 */
class NotebookErrorsTest {

    @TestFactory
    Stream<DynamicTest> theExceptionMessageNamesFileLineAndColumn() {
        return Corpus.bad().stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            InputException x = assertThrows(InputException.class, () -> ClaimsData.load(e.path()));
            assertEquals(x.oneLine(), x.getMessage());
            assertEquals(true, x.getMessage().startsWith(e.expectedPrefix()) && x.getMessage().contains(e.reason()),
                    x.getMessage());
        }));
    }
}
