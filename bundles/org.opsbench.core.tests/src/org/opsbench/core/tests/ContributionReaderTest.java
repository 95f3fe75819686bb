package org.opsbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsbench.core.contributions.ContributionReader;

/** The one way every extension point is read: each id once, broken contributions left out, by order. */
class ContributionReaderTest {

    private static final String POINT = "org.opsbench.core.tests.samples";
    private final ContributionReader<Sample> reader = ContributionReader.of(POINT, element -> {
        Object made = element.createExecutableExtension("class");
        if (!(made instanceof Sample sample)) {
            throw new ContributionReader.Refused(made.getClass().getName() + " is not a Sample");
        }
        return sample;
    });

    @Test
    void eachIdOnceByOrderWithoutTheContributionsThatCannotBeUsed() {
        List<ContributionReader.Contribution<Sample>> read = reader.read();
        assertEquals(List.of("sooner", "later", "unordered"), read.stream().map(ContributionReader.Contribution::key).toList(),
                "by order; the repeated id, the missing and the wrong class and the element without an id are left out");
        assertEquals(List.of(10, 20, ContributionReader.DEFAULT_ORDER), read.stream().map(ContributionReader.Contribution::order).toList());
        assertEquals("Later", ContributionReader.name(read.get(1).element()), "the first declaration of an id is kept");
        assertTrue(read.stream().allMatch(c -> c.contributor().equals("org.opsbench.core.tests") && c.value() != null));
    }

    @Test
    void installedContributionsAreReadOnceAndKept() {
        assertSame(reader.installed(), reader.installed(), "the registry is not parsed again until its plug-ins change");
        assertEquals(3, reader.installed().size());
    }

    @Test
    void anotherAttributeCanBeRequiredUniqueToo() {
        ContributionReader<String> byName = ContributionReader.of(POINT, element -> element.getAttribute("class"))
                .alsoUnique("class", element -> element.getAttribute("class"));
        assertEquals(List.of("later"), byName.read().stream().filter(c -> c.value().endsWith(".Sample")).map(ContributionReader.Contribution::key)
                .toList(), "of the contributions with one class, the first declared is kept; order sorts only what is kept");
    }
}
