package org.opsbench.persistence.tests;

import org.opsbench.persistence.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.Contact;
import org.opsbench.model.Coverage;
import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Industry;
import org.opsbench.model.LifecyclePhase;
import org.opsbench.model.Office;
import org.opsbench.model.Person;
import org.opsbench.model.Role;
import org.opsbench.model.ServiceCenter;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.model.User;
import org.opsbench.model.Weekday;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.persistence.ConcurrentChangeException;
import org.opsbench.model.OpsFactory;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;

/** The EMF objects themselves are stored: aggregates round-trip whole, in order, with their references. */
@Tag("all-databases")
class AggregatePersistenceTest {

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private long store(org.eclipse.emf.ecore.EObject root) {
        try (ModelSession session = database.openSession()) {
            session.add(root);
            session.save();
        }
        return ((PersistentObject) root).getPersistentId();
    }

    @Test
    void customerRoundTripsWithSitesEquipmentContactsContractsAndTheirReferences() {
        ServiceCenter center = Fixtures.serviceCenter();
        store(center);
        Office office = center.getRegions().get(0).getOffices().get(1);
        Customer customer = Fixtures.customer("C-0001", "Qinghe Power Grid Co.", 2, 3);
        long id;
        try (ModelSession session = database.openSession()) {
            ServiceCenter loadedCenter = session.find(ServiceCenter.class, ((PersistentObject) center).getPersistentId());
            customer.setOffice(loadedCenter.getRegions().get(0).getOffices().get(1));
            session.add(customer);
            session.save();
            id = ((PersistentObject) customer).getPersistentId();
        }

        try (ModelSession session = database.openSession()) {
            Customer loaded = session.find(Customer.class, id);
            assertNotNull(loaded);
            assertEquals("Qinghe Power Grid Co.", loaded.getName());
            assertEquals(Industry.ENERGY, loaded.getIndustry());
            assertEquals(List.of("key-account", "grid"), loaded.getTags());
            assertEquals(office.getCode(), loaded.getOffice().getCode());
            assertEquals(2, loaded.getSites().size());
            Site first = loaded.getSites().get(0);
            assertEquals("C-0001-S0", first.getName());
            assertSame(loaded, first.eContainer());
            assertEquals(List.of("C-0001-S0-SN0", "C-0001-S0-SN1", "C-0001-S0-SN2"),
                    first.getEquipment().stream().map(Equipment::getSerialNumber).toList());
            Contact contact = loaded.getContacts().get(0);
            assertSame(contact, first.getContact(), "site references the customer's own contact object");
            assertEquals("IT manager", contact.getTitle());
            ServiceContract contract = loaded.getContracts().get(0);
            assertEquals(Coverage.SEVEN_BY_TWENTY_FOUR, contract.getCoverage());
            assertEquals(LocalDate.of(2025, 3, 18), contract.getFinalAcceptanceDate());
            assertEquals(24, contract.getSoftwareUpgradeMonths());
            assertEquals(LifecyclePhase.IN_WARRANTY, contract.getPhase());
            assertEquals(List.of(first), contract.getCoveredSites());
        }
    }

    @Test
    void calendarKeepsTimesDatesAndSeparatesHolidaysFromMakeUpDays() {
        long id = store(Fixtures.fiveByEight());
        try (ModelSession session = database.openSession()) {
            BusinessCalendar calendar = session.find(BusinessCalendar.class, id);
            assertEquals(5, calendar.getWorkingHours().size());
            assertEquals(Weekday.MONDAY, calendar.getWorkingHours().get(0).getDay());
            assertEquals(LocalTime.of(17, 0), calendar.getWorkingHours().get(4).getEnd());
            assertEquals(1, calendar.getHolidays().size());
            assertEquals(LocalDate.of(2026, 10, 1), calendar.getHolidays().get(0).getDate());
            assertEquals(1, calendar.getMakeUpDays().size());
            assertEquals(LocalDate.of(2026, 9, 27), calendar.getMakeUpDays().get(0).getDate());
        }
    }

    @Test
    void inheritanceStoresContactsAndEngineersInOneHierarchyAndQueriesThemPolymorphically() {
        Engineer engineer = Fixtures.F.createEngineer();
        engineer.setName("Luo Haoran");
        engineer.setEmployeeNumber("E-1001");
        engineer.setEmail("luo.haoran@example.com");
        engineer.getSkills().addAll(List.of("routing", "firewall"));
        store(engineer);
        store(Fixtures.customer("C-0002", "Baiyun Municipal Water", 1, 0));

        List<Object[]> people = database.list("SELECT p.name, TYPE(p) FROM Person p ORDER BY p.name", Object[].class);
        assertEquals(2, people.size());
        assertEquals("Luo Haoran", people.get(0)[0]);
        assertEquals("Wen Jiayu", people.get(1)[0]);
        try (ModelSession session = database.openSession()) {
            List<Engineer> engineers = session.findAll(Engineer.class, "name");
            assertEquals(1, engineers.size());
            assertEquals(List.of("routing", "firewall"), engineers.get(0).getSkills());
            assertTrue(engineers.get(0) instanceof Person);
        }
    }

    @Test
    void reorderingListsIsStored() {
        long id = store(Fixtures.customer("C-0003", "Xishan Semiconductor", 3, 1));
        try (ModelSession session = database.openSession()) {
            Customer customer = session.find(Customer.class, id);
            customer.getSites().move(0, 2); // S2 first
            customer.getTags().move(0, 1); // grid first
            customer.getTags().add("audit-2026");
            session.save();
        }
        try (ModelSession session = database.openSession()) {
            Customer customer = session.find(Customer.class, id);
            assertEquals(List.of("C-0003-S2", "C-0003-S0", "C-0003-S1"), customer.getSites().stream().map(Site::getName).toList());
            assertEquals(List.of("grid", "key-account", "audit-2026"), customer.getTags());
        }
    }

    @Test
    void movingASiteToAnotherCustomerKeepsItsEquipment() {
        long from = store(Fixtures.customer("C-0010", "Donghu Bank", 2, 3));
        long to = store(Fixtures.customer("C-0011", "Nanshan Securities", 1, 1));
        try (ModelSession session = database.openSession()) {
            Customer source = session.find(Customer.class, from);
            Customer target = session.find(Customer.class, to);
            Site moved = source.getSites().get(1);
            moved.setContact(null); // the old customer's contact stays behind
            target.getSites().add(0, moved);
            session.save();
        }
        try (ModelSession session = database.openSession()) {
            Customer source = session.find(Customer.class, from);
            Customer target = session.find(Customer.class, to);
            assertEquals(List.of("C-0010-S0"), source.getSites().stream().map(Site::getName).toList());
            assertEquals(List.of("C-0010-S1", "C-0011-S0"), target.getSites().stream().map(Site::getName).toList());
            assertEquals(3, target.getSites().get(0).getEquipment().size(), "the moved site keeps its equipment");
        }
        assertEquals(3 + 3 + 1, count("OB_EQUIPMENT"));
    }

    @Test
    void removingASiteDeletesItAndItsEquipment() {
        long id = store(Fixtures.customer("C-0020", "Jinqiao Logistics", 2, 4));
        assertEquals(8, count("OB_EQUIPMENT"));
        try (ModelSession session = database.openSession()) {
            Customer customer = session.find(Customer.class, id);
            customer.getContracts().get(0).getCoveredSites().clear();
            customer.getSites().remove(0);
            session.save();
        }
        assertEquals(1, count("OB_SITE"));
        assertEquals(4, count("OB_EQUIPMENT"));
    }

    @Test
    void deletingAnAggregateDeletesEverythingInside() {
        long id = store(Fixtures.customer("C-0030", "Lakeside University", 2, 2));
        try (ModelSession session = database.openSession()) {
            session.delete(session.find(Customer.class, id));
            session.save();
        }
        assertEquals(0, count("OB_CUSTOMER"));
        assertEquals(0, count("OB_SITE"));
        assertEquals(0, count("OB_EQUIPMENT"));
        assertEquals(0, count("OB_PERSON"));
    }

    @Test
    void aConflictingSaveIsRefusedAndKeepsTheEdits() {
        long id = store(Fixtures.customer("C-0040", "Harbour Customs Bureau", 1, 2));
        try (ModelSession first = database.openSession(); ModelSession second = database.openSession()) {
            Customer mine = first.find(Customer.class, id);
            Customer theirs = second.find(Customer.class, id);
            theirs.getSites().get(0).getEquipment().get(0).setSoftwareVersion("V5.3.0");
            second.save();

            mine.setName("Harbour Customs Bureau (North Gate)");
            ConcurrentChangeException conflict = assertThrows(ConcurrentChangeException.class, first::save);
            assertTrue(conflict.getMessage().contains("changed by somebody else"), conflict.getMessage());
            assertEquals("Harbour Customs Bureau (North Gate)", mine.getName(), "the user's edit is kept");
        }
        try (ModelSession session = database.openSession()) {
            Customer stored = session.find(Customer.class, id);
            assertEquals("Harbour Customs Bureau", stored.getName());
            assertEquals("V5.3.0", stored.getSites().get(0).getEquipment().get(0).getSoftwareVersion());
        }
    }

    @Test
    void overwritingAfterAConflictGivesTheStoredAggregateMyState() {
        long id = store(Fixtures.customer("C-0045", "Harbour Customs Bureau", 1, 2));
        String myVersion;
        try (ModelSession first = database.openSession(); ModelSession second = database.openSession()) {
            Customer mine = first.find(Customer.class, id);
            Customer theirs = second.find(Customer.class, id);
            theirs.getSites().get(0).getEquipment().get(0).setSoftwareVersion("V5.3.0");
            theirs.setName("Harbour Customs (theirs)");
            second.save();

            mine.setName("Harbour Customs Bureau (North Gate)");
            Contact deputy = OpsFactory.eINSTANCE.createContact();
            deputy.setName("Lin Qiao");
            mine.getContacts().add(deputy);
            mine.getSites().get(0).setContact(deputy);
            mine.getSites().get(0).getEquipment().remove(1);
            Equipment added = OpsFactory.eINSTANCE.createEquipment();
            added.setVendor("Huawei");
            added.setModel("S5735");
            added.setSerialNumber("NEW-0001");
            mine.getSites().get(0).getEquipment().add(0, added);
            myVersion = mine.getSites().get(0).getEquipment().get(1).getSoftwareVersion();
            assertThrows(ConcurrentChangeException.class, first::save);
            try (ModelSession fresh = database.openSession()) {
                Customer merged = fresh.overwrite(mine);
                assertTrue(fresh.isDirty());
                fresh.save();
                assertFalse(fresh.isDirty());
                assertEquals("Harbour Customs Bureau (North Gate)", merged.getName());
            }
        }
        try (ModelSession session = database.openSession()) {
            Customer stored = session.find(Customer.class, id);
            assertEquals("Harbour Customs Bureau (North Gate)", stored.getName(), "my edit wins");
            List<Equipment> equipment = stored.getSites().get(0).getEquipment();
            assertEquals(List.of("NEW-0001", Fixtures.customer("C-0045", "x", 1, 2).getSites().get(0).getEquipment().get(0).getSerialNumber()),
                    equipment.stream().map(Equipment::getSerialNumber).toList(), "my added and removed equipment, in my order");
            assertEquals(myVersion, equipment.get(1).getSoftwareVersion(), "mine wins everywhere, also over their change");
            assertSame(stored.getContacts().get(1), stored.getSites().get(0).getContact(), "references inside the aggregate follow");
        }
    }

    @Test
    void aChildOnlyChangeStillRaisesTheAggregateVersion() {
        long id = store(Fixtures.customer("C-0050", "Riverside Hospital", 1, 1));
        long before;
        try (ModelSession session = database.openSession()) {
            Customer customer = session.find(Customer.class, id);
            before = ((PersistentObject) customer).getPersistentVersion();
            customer.getSites().get(0).getEquipment().get(0).setLocation("Rack B1");
            session.save();
        }
        try (ModelSession session = database.openSession()) {
            Customer customer = session.find(Customer.class, id);
            assertTrue(((PersistentObject) customer).getPersistentVersion() > before);
            assertEquals("Rack B1", customer.getSites().get(0).getEquipment().get(0).getLocation());
        }
    }

    @Test
    void manyValuedReferencesBetweenAggregatesRoundTrip() {
        Role agent = Fixtures.F.createRole();
        agent.setName("seat-agent");
        agent.getPermissions().addAll(List.of("case.create", "case.assign"));
        Role manager = Fixtures.F.createRole();
        manager.setName("response-center-manager");
        store(agent);
        store(manager);
        long userId;
        try (ModelSession session = database.openSession()) {
            User user = Fixtures.F.createUser();
            user.setLogin("zhou.min");
            user.setDisplayName("Zhou Min");
            user.getRoles().add(session.find(Role.class, ((PersistentObject) manager).getPersistentId()));
            user.getRoles().add(session.find(Role.class, ((PersistentObject) agent).getPersistentId()));
            session.add(user);
            session.save();
            userId = ((PersistentObject) user).getPersistentId();
        }
        try (ModelSession session = database.openSession()) {
            User user = session.find(User.class, userId);
            assertEquals(List.of("response-center-manager", "seat-agent"), user.getRoles().stream().map(Role::getName).toList());
            assertEquals(List.of("case.create", "case.assign"), user.getRoles().get(1).getPermissions());
            user.getRoles().remove(0);
            session.save();
        }
        try (ModelSession session = database.openSession()) {
            assertEquals(List.of("seat-agent"), session.find(User.class, userId).getRoles().stream().map(Role::getName).toList());
        }
        assertEquals(2, count("OB_ROLE"), "removing a reference never deletes the referenced aggregate");
    }

    @Test
    void projectionsReadOnlyTheColumnsAList() {
        store(Fixtures.customer("C-0102", "Beta Water", 1, 1));
        store(Fixtures.customer("C-0101", "Alpha Power", 1, 1));
        List<Object[]> rows = database.list("SELECT c.persistentId, c.code, c.name FROM Customer c ORDER BY c.code", Object[].class);
        assertEquals(2, rows.size());
        assertEquals("C-0101", rows.get(0)[1]);
        assertEquals("Alpha Power", rows.get(0)[2]);
    }

    @Test
    void unsavedChangesAreVisibleAsDirtyAndDroppedOnClose() {
        long id = store(Fixtures.customer("C-0060", "Old Name Ltd.", 1, 1));
        try (ModelSession session = database.openSession()) {
            Customer customer = session.find(Customer.class, id);
            assertTrue(!session.isDirty());
            customer.setName("New Name Ltd.");
            assertTrue(session.isDirty());
        }
        try (ModelSession session = database.openSession()) {
            assertEquals("Old Name Ltd.", session.find(Customer.class, id).getName());
            assertNull(session.find(Customer.class, id + 100_000));
        }
    }

    private long count(String table) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
