package org.opsbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.CalendarDay;
import org.opsbench.model.Contact;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.model.Weekday;
import org.opsbench.model.WorkingHours;
import org.opsbench.model.validation.ModelRules;

/** Validation runs through EMF's Diagnostician and speaks the user's language. */
class ModelValidationTest {

    private static final OpsFactory F = OpsFactory.eINSTANCE;
    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    private static Customer validCustomer() {
        Customer customer = F.createCustomer();
        customer.setCode("C-0101");
        customer.setName("Jade River Power Supply");
        Site site = F.createSite();
        site.setName("Substation 7");
        site.setEmail("ops@jaderiver.example");
        site.setPhone("+86 20 5555 0199");
        site.getEquipment().add(equipment("Lanting", "SN-001"));
        site.getEquipment().add(equipment("Lanting", "SN-002"));
        site.getEquipment().add(equipment("Kestrel", "SN-001")); // same serial, other vendor: fine
        customer.getSites().add(site);
        return customer;
    }

    private static Equipment equipment(String vendor, String serial) {
        Equipment equipment = F.createEquipment();
        equipment.setVendor(vendor);
        equipment.setModel("GW-3000");
        equipment.setSerialNumber(serial);
        return equipment;
    }

    private static List<Diagnostic> problems(EObject object) {
        return Diagnostician.INSTANCE.validate(object).getChildren();
    }

    @Test
    void aCompleteCustomerIsValid() {
        assertEquals(List.of(), problems(validCustomer()));
    }

    @Test
    void aMissingRequiredFieldNamesTheFieldAndPointsAtIt() {
        Locale.setDefault(Locale.ENGLISH);
        Customer customer = validCustomer();
        customer.setName("  ");
        Diagnostic problem = problems(customer).get(0);
        assertEquals("Customer name is required.", problem.getMessage());
        assertSame(customer, problem.getData().get(0));
        assertSame(OpsPackage.Literals.CUSTOMER__NAME, problem.getData().get(1));
    }

    @Test
    void anInvalidEmailOrPhoneIsExplainedWithTheExpectedForm() {
        Locale.setDefault(Locale.ENGLISH);
        Customer customer = validCustomer();
        Contact contact = F.createContact();
        contact.setName("Gao Yan");
        contact.setEmail("gao.yan(at)example");
        contact.setPhone("call me");
        customer.getContacts().add(contact);
        List<String> messages = problems(customer).stream().map(Diagnostic::getMessage).toList();
        assertTrue(messages.contains("\"gao.yan(at)example\" is not an e-mail address. Use the form name@example.com."), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("\"call me\" is not a phone number.")), messages.toString());
    }

    @Test
    void aSerialNumberMayAppearOncePerVendor() {
        Locale.setDefault(Locale.ENGLISH);
        Customer customer = validCustomer();
        Equipment duplicate = equipment("lanting ", "SN-002");
        customer.getSites().get(0).getEquipment().add(duplicate);
        Diagnostic problem = problems(customer).get(0);
        assertEquals(ModelRules.DUPLICATE_SERIAL, problem.getCode());
        assertSame(duplicate, problem.getData().get(0));
    }

    @Test
    void datesAndTimesMustBeInOrder() {
        Locale.setDefault(Locale.ENGLISH);
        ServiceContract contract = F.createServiceContract();
        contract.setNumber("SC-2026-17");
        contract.setSignedOn(LocalDate.of(2026, 5, 10));
        contract.setFinalAcceptanceDate(LocalDate.of(2026, 4, 30));
        assertEquals("Final acceptance (2026-04-30) cannot be before the contract was signed (2026-05-10).",
                problems(contract).get(0).getMessage());

        BusinessCalendar calendar = F.createBusinessCalendar();
        calendar.setName("5x8");
        WorkingHours hours = F.createWorkingHours();
        hours.setDay(Weekday.MONDAY);
        hours.setStart(LocalTime.of(17, 0));
        hours.setEnd(LocalTime.of(9, 0));
        calendar.getWorkingHours().add(hours);
        CalendarDay holiday = F.createCalendarDay();
        holiday.setDate(LocalDate.of(2026, 10, 8));
        CalendarDay makeUp = F.createCalendarDay();
        makeUp.setDate(LocalDate.of(2026, 10, 8));
        calendar.getHolidays().add(holiday);
        calendar.getMakeUpDays().add(makeUp);
        calendar.setTimeZone("Asia/Beijing");
        List<Integer> codes = problems(calendar).stream().map(Diagnostic::getCode).toList();
        assertTrue(codes.containsAll(List.of(ModelRules.TIME_ORDER, ModelRules.HOLIDAY_AND_MAKE_UP, ModelRules.TIME_ZONE)), codes.toString());
    }

    @Test
    void messagesAndFieldLabelsAreInSimplifiedChineseUnderZhCn() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Customer customer = validCustomer();
        customer.setName(null);
        customer.getSites().get(0).setEmail("not-an-address");
        List<String> messages = problems(customer).stream().map(Diagnostic::getMessage).toList();
        assertTrue(messages.contains("必须填写客户名称。"), messages.toString());
        assertTrue(messages.contains("\"not-an-address\" 不是有效的电子邮件地址。请使用 name@example.com 的形式。"), messages.toString());
    }

    @Test
    void enumerationValuesHaveDisplayNamesInBothLanguages() {
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("Energy", ModelRules.label(org.opsbench.model.Industry.ENERGY));
        assertEquals("7x24 (around the clock)", ModelRules.label(org.opsbench.model.Coverage.SEVEN_BY_TWENTY_FOUR));
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals("能源", ModelRules.label(org.opsbench.model.Industry.ENERGY));
        assertEquals("保修期内", ModelRules.label(org.opsbench.model.LifecyclePhase.IN_WARRANTY));
        for (org.opsbench.model.Industry industry : org.opsbench.model.Industry.VALUES) {
            assertTrue(!ModelRules.label(industry).equals(industry.getLiteral()), industry + " has a Chinese name");
        }
    }
}
