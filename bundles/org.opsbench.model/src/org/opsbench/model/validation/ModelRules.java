package org.opsbench.model.validation;

import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.CalendarDay;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.model.WorkingHours;

/**
 * The rules behind the model's constraints (called by the generated OpsValidator, so they
 * run through EMF's Diagnostician). Every diagnostic carries the object and the feature
 * as data, so editors can show the message next to the field; messages are in the
 * user's language (English, Simplified Chinese).
 */
public final class ModelRules {

    public static final String SOURCE = "org.opsbench.model";

    public static final int REQUIRED = 1;
    public static final int EMAIL = 2;
    public static final int PHONE = 3;
    public static final int DUPLICATE_SERIAL = 4;
    public static final int DATE_ORDER = 5;
    public static final int TIME_ORDER = 6;
    public static final int HOLIDAY_AND_MAKE_UP = 7;
    public static final int TIME_ZONE = 8;
    public static final int TOO_LONG = 9;

    /** Source of the persistence annotations: {@code length} on a text attribute sets its column length. */
    public static final String PERSISTENCE = "http://opsbench.org/persistence";
    /** Column length of a text attribute without a {@code length} annotation. */
    public static final int DEFAULT_TEXT_LENGTH = 255;

    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}$");
    private static final Pattern PHONE_PATTERN = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{4,24}$");

    private ModelRules() {
    }

    public static boolean required(EObject object, EStructuralFeature feature, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Object value = object.eGet(feature);
        if (value != null && !(value instanceof String text && text.isBlank())) {
            return true;
        }
        return report(diagnostics, REQUIRED, object, feature, "required", label(feature));
    }

    public static boolean validEmail(EObject object, String email, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (email == null || email.isBlank() || EMAIL_PATTERN.matcher(email.trim()).matches()) {
            return true;
        }
        return report(diagnostics, EMAIL, object, object.eClass().getEStructuralFeature("email"), "email", email);
    }

    public static boolean validPhone(EObject object, String phone, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (phone == null || phone.isBlank() || PHONE_PATTERN.matcher(phone.trim()).matches()
                && phone.chars().filter(Character::isDigit).count() >= 5) {
            return true;
        }
        return report(diagnostics, PHONE, object, object.eClass().getEStructuralFeature("phone"), "phone", phone);
    }

    /** Within one customer, a vendor's serial number appears on one equipment item only. */
    public static boolean serialUniquePerVendor(Customer customer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Map<String, Equipment> seen = new HashMap<>();
        boolean valid = true;
        for (Site site : customer.getSites()) {
            for (Equipment equipment : site.getEquipment()) {
                if (equipment.getVendor() == null || equipment.getSerialNumber() == null) {
                    continue;
                }
                String key = equipment.getVendor().trim().toLowerCase(Locale.ROOT) + "\u0000" + equipment.getSerialNumber().trim();
                if (seen.putIfAbsent(key, equipment) != null) {
                    valid = report(diagnostics, DUPLICATE_SERIAL, equipment, OpsPackage.Literals.EQUIPMENT__SERIAL_NUMBER,
                            "duplicateSerial", equipment.getSerialNumber(), equipment.getVendor()) && valid;
                }
            }
        }
        return valid;
    }

    public static boolean acceptanceNotBeforeSigning(ServiceContract contract, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        LocalDate signed = contract.getSignedOn();
        LocalDate accepted = contract.getFinalAcceptanceDate();
        if (signed == null || accepted == null || !accepted.isBefore(signed)) {
            return true;
        }
        return report(diagnostics, DATE_ORDER, contract, OpsPackage.Literals.SERVICE_CONTRACT__FINAL_ACCEPTANCE_DATE,
                "acceptanceBeforeSigning", accepted, signed);
    }

    public static boolean endAfterStart(WorkingHours hours, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (hours.getStart() == null || hours.getEnd() == null || hours.getEnd().isAfter(hours.getStart())
                || hours.getEnd().equals(java.time.LocalTime.MIDNIGHT)) {
            return true;
        }
        return report(diagnostics, TIME_ORDER, hours, OpsPackage.Literals.WORKING_HOURS__END, "endBeforeStart",
                hours.getEnd(), hours.getStart());
    }

    public static boolean noDayBothHolidayAndMakeUpDay(BusinessCalendar calendar, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Set<LocalDate> holidays = new HashSet<>();
        for (CalendarDay day : calendar.getHolidays()) {
            holidays.add(day.getDate());
        }
        boolean valid = true;
        for (CalendarDay day : calendar.getMakeUpDays()) {
            if (day.getDate() != null && holidays.contains(day.getDate())) {
                valid = report(diagnostics, HOLIDAY_AND_MAKE_UP, day, OpsPackage.Literals.CALENDAR_DAY__DATE,
                        "holidayAndMakeUpDay", day.getDate()) && valid;
            }
        }
        return valid;
    }

    public static boolean validTimeZone(BusinessCalendar calendar, DiagnosticChain diagnostics, Map<Object, Object> context) {
        try {
            if (calendar.getTimeZone() != null) {
                ZoneId.of(calendar.getTimeZone());
            }
            return true;
        } catch (DateTimeException e) {
            return report(diagnostics, TIME_ZONE, calendar, OpsPackage.Literals.BUSINESS_CALENDAR__TIME_ZONE, "timeZone",
                    calendar.getTimeZone());
        }
    }

    /** @return how many characters the database column of a text attribute holds */
    public static int maxLength(org.eclipse.emf.ecore.EAttribute attribute) {
        String length = org.eclipse.emf.ecore.util.EcoreUtil.getAnnotation(attribute, PERSISTENCE, "length");
        return length == null ? DEFAULT_TEXT_LENGTH : Integer.parseInt(length.trim());
    }

    /**
     * A text value fits its database column: a longer one is refused here, with the limit, instead of
     * by the database with a truncation error that names neither object nor field.
     */
    public static boolean fitsColumn(EObject object, org.eclipse.emf.ecore.EAttribute attribute, DiagnosticChain diagnostics) {
        if (attribute.isMany() || !(object.eGet(attribute) instanceof String text) || text.length() <= maxLength(attribute)) {
            return true;
        }
        return report(diagnostics, TOO_LONG, object, attribute, "tooLong", label(attribute),
                String.format(Locale.ROOT, "%,d", text.length()), String.format(Locale.ROOT, "%,d", maxLength(attribute)));
    }

    private static boolean report(DiagnosticChain diagnostics, int code, EObject object, EStructuralFeature feature,
            String key, Object... arguments) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, message(key, arguments),
                    new Object[] { object, feature }));
        }
        return false;
    }

    /** @return the feature's name as users read it, e.g. "Serial number" or "序列号" */
    public static String label(EStructuralFeature feature) {
        String key = "label." + feature.getEContainingClass().getName() + "." + feature.getName();
        String text = text(key);
        if (text != null) {
            return text;
        }
        String spaced = feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** @return the class's name as users read it, e.g. "Service contract" or "服务合同" */
    public static String label(org.eclipse.emf.ecore.EClass eClass) {
        String text = text("class." + eClass.getName());
        return text != null ? text : eClass.getName().replaceAll("([a-z])([A-Z])", "$1 $2");
    }

    /** Features that identify an object to people, most telling first. */
    private static final List<List<String>> NAMING = List.of(List.of("code", "name"), List.of("number"),
            List.of("employeeNumber", "name"), List.of("vendor", "model", "serialNumber"), List.of("login"), List.of("name"));

    /**
     * @return how people tell this object apart, e.g. "C-0001  Harbour Customs Bureau", "Huawei  S5735  2102351234",
     *         or "New site" while nothing identifying is filled in
     */
    public static String name(org.eclipse.emf.ecore.EObject object) {
        for (List<String> names : NAMING) {
            if (object.eClass().getEStructuralFeature(names.get(0)) == null) {
                continue;
            }
            List<String> parts = new java.util.ArrayList<>();
            for (String feature : names) {
                EStructuralFeature found = object.eClass().getEStructuralFeature(feature);
                Object value = found == null ? null : object.eGet(found);
                if (value != null && !value.toString().isBlank()) {
                    parts.add(value.toString());
                }
            }
            if (!parts.isEmpty()) {
                return String.join("  ", parts);
            }
        }
        return message("unnamed", label(object.eClass()));
    }

    /** Kinds of typed input that cannot become a value, for {@link #inputProblem}. */
    public enum InputProblem {
        NOT_A_NUMBER("notANumber"), NOT_A_DATE("notADate"), NOT_A_TIME("notATime");

        private final String key;

        InputProblem(String key) {
            this.key = key;
        }
    }

    /** @return why typed text cannot be taken, e.g. "12x" is not a whole number. */
    public static String inputProblem(InputProblem problem, String input) {
        return message(problem.key, input);
    }

    /** @return an enumeration value as users read it, e.g. "Energy" or "能源" for Industry.ENERGY */
    public static String label(org.eclipse.emf.common.util.Enumerator value) {
        if (value == null) {
            return "";
        }
        String owner = value.getClass().getSimpleName();
        String text = text("literal." + owner + "." + value.getLiteral());
        return text != null ? text : value.getLiteral();
    }

    static String message(String key, Object... arguments) {
        String pattern = text("message." + key);
        return new MessageFormat(pattern == null ? key : pattern, Locale.getDefault()).format(arguments);
    }

    private static String text(String key) {
        try {
            return ResourceBundle.getBundle("org.opsbench.model.validation.messages", Locale.getDefault(),
                    ModelRules.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
