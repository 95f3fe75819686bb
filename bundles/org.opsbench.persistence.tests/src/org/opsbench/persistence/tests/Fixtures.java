package org.opsbench.persistence.tests;

import java.time.LocalDate;
import java.time.LocalTime;

import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.CalendarDay;
import org.opsbench.model.Contact;
import org.opsbench.model.Coverage;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Industry;
import org.opsbench.model.LifecyclePhase;
import org.opsbench.model.Office;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Region;
import org.opsbench.model.ServiceCenter;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.model.Weekday;
import org.opsbench.model.WorkingHours;

/** Invented, realistic test data. */
final class Fixtures {

    static final OpsFactory F = OpsFactory.eINSTANCE;

    private Fixtures() {
    }

    static BusinessCalendar fiveByEight() {
        BusinessCalendar calendar = F.createBusinessCalendar();
        calendar.setName("5x8 Beijing");
        calendar.setTimeZone("Asia/Shanghai");
        for (Weekday day : new Weekday[] { Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY }) {
            WorkingHours hours = F.createWorkingHours();
            hours.setDay(day);
            hours.setStart(LocalTime.of(9, 0));
            hours.setEnd(LocalTime.of(17, 0));
            calendar.getWorkingHours().add(hours);
        }
        CalendarDay nationalDay = F.createCalendarDay();
        nationalDay.setDate(LocalDate.of(2026, 10, 1));
        nationalDay.setName("National Day");
        calendar.getHolidays().add(nationalDay);
        CalendarDay makeUp = F.createCalendarDay();
        makeUp.setDate(LocalDate.of(2026, 9, 27));
        makeUp.setName("Make-up day for National Day");
        calendar.getMakeUpDays().add(makeUp);
        return calendar;
    }

    static ServiceCenter serviceCenter() {
        ServiceCenter center = F.createServiceCenter();
        center.setCode("HQ");
        center.setName("Lanting Networks Service Center");
        center.setHotline("400-000-1234");
        Region north = region("N", "North Region");
        north.getOffices().add(office("N-TJ", "Tianhe Office", "Tianhe"));
        north.getOffices().add(office("N-SJ", "Shijing Office", "Shijing"));
        center.getRegions().add(north);
        Region east = region("E", "East Region");
        east.getOffices().add(office("E-HZ", "Hanzhou Office", "Hanzhou"));
        center.getRegions().add(east);
        return center;
    }

    static Region region(String code, String name) {
        Region region = F.createRegion();
        region.setCode(code);
        region.setName(name);
        return region;
    }

    static Office office(String code, String name, String city) {
        Office office = F.createOffice();
        office.setCode(code);
        office.setName(name);
        office.setCity(city);
        office.setPhone("010-5550-" + Math.abs(code.hashCode() % 9000 + 1000));
        return office;
    }

    static Customer customer(String code, String name, int sites, int equipmentPerSite) {
        Customer customer = F.createCustomer();
        customer.setCode(code);
        customer.setName(name);
        customer.setIndustry(Industry.ENERGY);
        customer.getTags().add("key-account");
        customer.getTags().add("grid");
        Contact contact = F.createContact();
        contact.setName("Wen Jiayu");
        contact.setPhone("+86 10 5550 0101");
        contact.setEmail("wen.jiayu@example.com");
        contact.setTitle("IT manager");
        customer.getContacts().add(contact);
        for (int s = 0; s < sites; s++) {
            customer.getSites().add(site(code + "-S" + s, equipmentPerSite, contact));
        }
        ServiceContract contract = F.createServiceContract();
        contract.setNumber(code + "-SC-2026");
        contract.setCoverage(Coverage.SEVEN_BY_TWENTY_FOUR);
        contract.setFinalAcceptanceDate(LocalDate.of(2025, 3, 18));
        contract.setHardwareWarrantyMonths(36);
        contract.setSoftwareUpgradeMonths(24);
        contract.setPhase(LifecyclePhase.IN_WARRANTY);
        if (!customer.getSites().isEmpty()) {
            contract.getCoveredSites().add(customer.getSites().get(0));
        }
        customer.getContracts().add(contract);
        return customer;
    }

    static Site site(String name, int equipment, Contact contact) {
        Site site = F.createSite();
        site.setName(name);
        site.setAddress("18 Riverside Road");
        site.setCity("Tianhe");
        site.setContact(contact);
        for (int e = 0; e < equipment; e++) {
            site.getEquipment().add(equipment("Lanting", "LT-GW" + (3000 + e), name + "-SN" + e));
        }
        return site;
    }

    static Equipment equipment(String vendor, String model, String serial) {
        Equipment equipment = F.createEquipment();
        equipment.setVendor(vendor);
        equipment.setModel(model);
        equipment.setSerialNumber(serial);
        equipment.setSoftwareVersion("V5.2.1");
        equipment.setLocation("Rack A3");
        return equipment;
    }
}
