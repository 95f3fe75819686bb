package org.opsbench.cases.tests;

import java.time.LocalDate;
import java.util.List;

import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.Certification;
import org.opsbench.model.Contact;
import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;
import org.opsbench.model.LifecyclePhase;
import org.opsbench.model.Office;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Region;
import org.opsbench.model.ServiceCenter;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;

/**
 * A small, fully known service directory for intake and search tests: three customers of three
 * offices in two regions (5x8 and 7x24 contracts, one still being installed) and six engineers
 * with their skills and certificates. Needs the case defaults (calendars) installed first.
 */
final class Directory {

    private static final OpsFactory F = OpsFactory.eINSTANCE;

    private Directory() {
    }

    static void install(Database database) {
        try (ModelSession session = database.openSession()) {
            BusinessCalendar fiveByEight = calendar(session, CaseFixture.FIVE_BY_EIGHT);
            BusinessCalendar sevenByTwentyFour = calendar(session, CaseFixture.SEVEN_BY_TWENTY_FOUR);
            ServiceCenter center = F.createServiceCenter();
            center.setCode("HQ");
            center.setName("Service center");
            Region north = region(center, "N", "North");
            Office qinghe = office(north, "QH", "Qinghe office", fiveByEight);
            Office lanshan = office(north, "LS", "Lanshan office", fiveByEight);
            Office yunzhou = office(region(center, "E", "East"), "YZ", "Yunzhou office", null);
            session.add(center);

            Customer water = customer("C-0001", "Qinghe Water Works", qinghe);
            Contact wang = contact(water, "Wang Wei", "+86 139 5555 0101");
            Contact li = contact(water, "Li Fang", "139-5555-0202");
            site(water, "Head office", "010-5555-1000", wang);
            Site pumps = site(water, "Pump station", null, li);
            equipment(pumps, "Lanting", "LT-S5720-28X", "LT2024P0101");
            equipment(pumps, "Beiming", "BM-FW600", "BM24F0077");
            contract(water, "SC-0001-2024", LocalDate.of(2024, 3, 1), sevenByTwentyFour);
            session.add(water);

            Customer tax = customer("C-0002", "Lanshan Tax Bureau", lanshan);
            Contact zhao = contact(tax, "Zhao Min", "+86 139 5555 0303");
            Site hall = site(tax, "Service hall", null, zhao);
            site(tax, "Archive", null, zhao);
            contract(tax, "SC-0002-2021", LocalDate.of(2021, 6, 1), null).getCoveredSites().add(hall);
            session.add(tax);

            Customer school = customer("C-0003", "Yunzhou Middle School", yunzhou);
            contact(school, "Sun Ting", "+86 139 5555 0404");
            site(school, "Campus", null, null);
            ServiceContract installing = contract(school, "SC-0003-2026", null, null);
            installing.setPhase(LifecyclePhase.INSTALLATION_AND_COMMISSIONING);
            session.add(school);

            session.add(engineer("E1", "Gao Lei", qinghe, "2027-06-01", "switching", "routing"));
            session.add(engineer("E2", "Hu Jing", qinghe, null, "switching"));
            session.add(engineer("E3", "Ma Tao", lanshan, null, "routing", "switching"));
            session.add(engineer("E4", "Luo Yan", yunzhou, "2027-06-01", "switching", "routing"));
            session.add(engineer("E5", "Xu Bo", qinghe, "2028-01-01", "routing", "switching", "wireless"));
            session.add(engineer("E6", "Zhu Kai", yunzhou, "2025-01-01", "storage"));
            session.save();
        }
    }

    static long customerId(Database database, String code) {
        try (ModelSession session = database.openSession()) {
            return ((PersistentObject) customer(session, code)).getPersistentId();
        }
    }

    static long engineerId(Database database, String number) {
        try (ModelSession session = database.openSession()) {
            return ((PersistentObject) engineer(session, number)).getPersistentId();
        }
    }

    private static BusinessCalendar calendar(ModelSession session, String name) {
        return session.query("SELECT k FROM BusinessCalendar k WHERE k.name = ?1", BusinessCalendar.class, name).get(0);
    }

    static Customer customer(ModelSession session, String code) {
        return session.query("SELECT c FROM Customer c WHERE c.code = ?1", Customer.class, code).get(0);
    }

    static Engineer engineer(ModelSession session, String number) {
        return session.query("SELECT e FROM Engineer e WHERE e.employeeNumber = ?1", Engineer.class, number).get(0);
    }

    private static Region region(ServiceCenter center, String code, String name) {
        Region region = F.createRegion();
        region.setCode(code);
        region.setName(name);
        center.getRegions().add(region);
        return region;
    }

    private static Office office(Region region, String code, String name, BusinessCalendar calendar) {
        Office office = F.createOffice();
        office.setCode(code);
        office.setName(name);
        office.setDefaultCalendar(calendar);
        region.getOffices().add(office);
        return office;
    }

    private static Customer customer(String code, String name, Office office) {
        Customer customer = F.createCustomer();
        customer.setCode(code);
        customer.setName(name);
        customer.setOffice(office);
        return customer;
    }

    private static Contact contact(Customer customer, String name, String phone) {
        Contact contact = F.createContact();
        contact.setName(name);
        contact.setPhone(phone);
        customer.getContacts().add(contact);
        return contact;
    }

    private static Site site(Customer customer, String name, String phone, Contact contact) {
        Site site = F.createSite();
        site.setName(name);
        site.setPhone(phone);
        site.setContact(contact);
        customer.getSites().add(site);
        return site;
    }

    private static void equipment(Site site, String vendor, String model, String serial) {
        org.opsbench.model.Equipment equipment = F.createEquipment();
        equipment.setVendor(vendor);
        equipment.setModel(model);
        equipment.setSerialNumber(serial);
        site.getEquipment().add(equipment);
    }

    /** @return the id of the equipment item with this serial number */
    static long equipmentId(Database database, String serialNumber) {
        return database.list("SELECT e.persistentId FROM Equipment e WHERE e.serialNumber = ?1", Long.class, serialNumber).get(0);
    }

    private static ServiceContract contract(Customer customer, String number, LocalDate accepted, BusinessCalendar calendar) {
        ServiceContract contract = F.createServiceContract();
        contract.setNumber(number);
        contract.setFinalAcceptanceDate(accepted);
        contract.setCalendar(calendar);
        customer.getContracts().add(contract);
        return contract;
    }

    private static Engineer engineer(String number, String name, Office office, String lantingCertificateUntil, String... skills) {
        Engineer engineer = F.createEngineer();
        engineer.setEmployeeNumber(number);
        engineer.setName(name);
        engineer.setOffice(office);
        engineer.setRegion((Region) office.eContainer());
        engineer.getSkills().addAll(List.of(skills));
        if (lantingCertificateUntil != null) {
            Certification certification = F.createCertification();
            certification.setName("Lanting Certified Engineer");
            certification.setIssuer("Lanting");
            certification.setValidUntil(LocalDate.parse(lantingCertificateUntil));
            engineer.getCertifications().add(certification);
        }
        return engineer;
    }
}
