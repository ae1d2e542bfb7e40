package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Selection ({@link Quantiles#ofUnsorted}) finds the very number that sorting ({@link Quantiles#ofSorted}) does. */
class QuantileSelectionProperties {

    @Provide
    Arbitrary<List<Double>> samples() {
        Arbitrary<Double> few = Arbitraries.of(0.0, -0.0, 1.0, 2.0, 3.0, 5.0, 1e6);
        Arbitrary<Double> many = Arbitraries.doubles().between(0, 1e9).ofScale(1);
        return Arbitraries.oneOf(few, many).list().ofMaxSize(3000);
    }

    @Property(tries = 300)
    void sameAsSorting(@ForAll("samples") List<Double> sample, @ForAll @DoubleRange(min = 0, max = 1) double q) {
        double[] values = sample.stream().mapToDouble(Double::doubleValue).toArray();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double expected = Quantiles.ofSorted(sorted, q);
        assertEquals(0, Double.compare(expected, Quantiles.ofUnsorted(values, q)), "q=" + q);
        assertEquals(0, Double.compare(Quantiles.ofSorted(sorted, 0.75), Quantiles.ofUnsorted(values, 0.75)));
    }
}
