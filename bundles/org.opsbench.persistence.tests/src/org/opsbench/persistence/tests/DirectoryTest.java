package org.opsbench.persistence.tests;

import org.opsbench.persistence.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.Directory;
import org.opsbench.persistence.Directory.Entry;
import org.opsbench.persistence.SampleDataLoader;

/** The navigator's levels, each one projection query. */
@Tag("all-databases")
class DirectoryTest {

    private Database database;
    private Directory directory;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        SampleDataLoader.load(database, new Sizes(3, 2, 12, 3, 4, 1), 11);
        directory = new Directory(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void walksFromRegionsDownToEquipmentInStoredOrder() {
        List<Entry> regions = directory.regions();
        assertEquals(List.of("R1", "R2", "R3"), regions.stream().map(Entry::code).toList());
        List<Entry> offices = directory.offices(regions.get(0).id());
        assertEquals(2, offices.size());
        long customersOfRegion = offices.stream().mapToLong(o -> directory.customers(o.id(), null).size()).sum();
        assertEquals(4, customersOfRegion, "12 customers spread over 6 offices");
        Entry customer = directory.customers(offices.get(0).id(), null).get(0);
        List<Entry> sites = directory.sites(customer.id());
        assertEquals(List.of("Head office", "Branch site 1", "Branch site 2"), sites.stream().map(Entry::name).toList());
        List<Entry> equipment = directory.equipment(sites.get(1).id());
        assertEquals(4, equipment.size());
        List<String> serials = equipment.stream().map(e -> e.code().substring(e.code().length() - 6)).toList();
        assertEquals(serials.stream().sorted().toList(), serials, "in list order (the sample serials grow with the position)");
        List<Entry> engineers = directory.engineers(offices.get(0).id());
        assertEquals(1, engineers.size(), "one engineer per office in this size");
        assertTrue(engineers.get(0).code() != null && !engineers.get(0).name().isBlank());
    }

    @Test
    void aCustomersStaffSeeTheirOrganisationUnderItsOfficeAndNoEngineers() {
        Entry region = directory.regions().get(1);
        Entry office = directory.offices(region.id()).get(1);
        Entry customer = directory.customers(office.id(), null).get(0);
        Directory own = new Directory(database, customer.id());
        assertTrue(own.isCustomerScoped());
        assertEquals(List.of(region), own.regions());
        assertEquals(List.of(office), own.offices(region.id()));
        assertEquals(List.of(customer), own.customers(office.id(), null));
        assertEquals(List.of(customer), own.customers(office.id(), customer.code()));
        assertEquals(List.of(), own.customers(office.id(), "no such customer"));
        assertEquals(directory.sites(customer.id()), own.sites(customer.id()));
        assertEquals(List.of(), own.engineers(office.id()));
        Entry otherOffice = directory.offices(region.id()).get(0);
        assertEquals(List.of(), own.customers(otherOffice.id(), null), "another office's customers stay hidden");
        assertEquals(List.of(), own.offices(directory.regions().get(0).id()));
    }

    @Test
    void aFilterLeadsOnlyToTheRegionsAndOfficesWithMatchingCustomers() {
        Entry region = directory.regions().get(1);
        Entry office = directory.offices(region.id()).get(1);
        Entry customer = directory.customers(office.id(), null).get(0);
        String code = customer.code().toLowerCase();
        assertEquals(List.of(region), directory.regions(code), "only the region of the one customer with that number");
        assertEquals(List.of(office), directory.offices(region.id(), code));
        assertEquals(List.of(), directory.offices(directory.regions().get(0).id(), code));
        assertEquals(directory.regions(), directory.regions("  "), "a blank filter shows every region");
        assertEquals(directory.offices(region.id()), directory.offices(region.id(), null));
        assertEquals(List.of(), directory.regions("no such customer"));
        // A customer's staff find nothing beyond their own organisation.
        Entry other = directory.customers(directory.offices(directory.regions().get(0).id()).get(0).id(), null).get(0);
        Directory own = new Directory(database, customer.id());
        assertEquals(List.of(region), own.regions(code));
        assertEquals(List.of(), own.regions(other.code()));
        assertEquals(List.of(office), own.offices(region.id(), code));
    }

    @Test
    void filtersCustomersByNumberOrNameIgnoringCase() {
        Entry office = directory.offices(directory.regions().get(0).id()).get(0);
        List<Entry> all = directory.customers(office.id(), null);
        Entry first = all.get(0);
        String part = first.name().substring(first.name().indexOf(' ') + 1).toUpperCase();
        assertTrue(directory.customers(office.id(), part).contains(first), part);
        assertEquals(List.of(first), directory.customers(office.id(), first.code().toLowerCase()));
        assertEquals(List.of(), directory.customers(office.id(), "no such customer"));
    }

    @Test
    void readsALongCustomerListPageByPageInTheOrderOfTheWholeList() {
        Entry office = directory.offices(directory.regions().get(0).id()).get(0);
        List<Entry> all = directory.customers(office.id(), null);
        assertEquals(2, all.size());
        List<Entry> pages = new java.util.ArrayList<>();
        for (int first = 0; first < all.size(); first++) {
            List<Entry> page = directory.customers(office.id(), null, first, 1);
            assertEquals(1, page.size());
            pages.addAll(page);
        }
        assertEquals(all, pages);
        assertEquals(List.of(), directory.customers(office.id(), null, all.size(), 50), "past the end");
        assertEquals(all, directory.customers(office.id(), null, 0, 50));
        assertEquals(List.of(all.get(1)), directory.customers(office.id(), all.get(1).code(), 0, 50), "pages of a filtered list");
    }
}
