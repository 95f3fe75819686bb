package org.opsbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.opsbench.core.sample.SampleDataGenerator;
import org.opsbench.core.sample.SampleDataGenerator.SampleData;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.core.security.PasswordHasher;
import org.opsbench.model.Customer;
import org.opsbench.model.Region;

class SampleDataGeneratorTest {

    private static SampleData generate(long seed) {
        return new SampleDataGenerator(seed).generate(Sizes.DEFAULT, "opsbench-admin".toCharArray(), new PasswordHasher(1_000));
    }

    @Test
    void theDefaultSetHasAtLeastTheAdvertisedSizes() {
        SampleData data = generate(42);
        assertTrue(data.serviceCenter().getRegions().size() >= 3);
        assertTrue(data.serviceCenter().getRegions().stream().mapToInt(r -> r.getOffices().size()).sum() >= 10);
        assertTrue(data.customers().size() >= 50);
        assertTrue(data.customers().stream().mapToInt(c -> c.getSites().size()).sum() >= 200);
        assertTrue(data.customers().stream().flatMap(c -> c.getSites().stream()).mapToInt(s -> s.getEquipment().size()).sum() >= 2000);
        assertTrue(data.engineers().size() >= 60);
        assertEquals(SampleDataGenerator.ADMIN_LOGIN, data.users().get(0).getLogin());
        assertEquals(List.of("admin", "agent", "engineer", "expert", "manager", "customer"),
                data.users().stream().map(org.opsbench.model.User::getLogin).toList(), "a demo user for every kind of work");
        org.opsbench.model.User customer = data.users().get(5);
        assertEquals(data.customers().get(0), customer.getCustomer(), "the customer's user belongs to an organisation");
        assertEquals(List.of("case.view.own", "case.note"), customer.getRoles().get(0).getPermissions());
    }

    @Test
    void everyGeneratedObjectPassesTheModelRules() {
        for (EObject root : generate(7).inStoringOrder()) {
            Diagnostic diagnostic = Diagnostician.INSTANCE.validate(root);
            assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> root + ": " + diagnostic.getChildren());
        }
    }

    @Test
    void theSameSeedGivesTheSameDataAndCodesAreUnique() {
        SampleData first = generate(3);
        SampleData second = generate(3);
        assertEquals(first.customers().stream().map(Customer::getName).toList(),
                second.customers().stream().map(Customer::getName).toList());
        Set<String> codes = new HashSet<>();
        first.customers().forEach(c -> assertTrue(codes.add(c.getCode())));
        Set<String> offices = new HashSet<>();
        for (Region region : first.serviceCenter().getRegions()) {
            region.getOffices().forEach(o -> assertTrue(offices.add(o.getCode()), o.getCode()));
        }
    }
}
