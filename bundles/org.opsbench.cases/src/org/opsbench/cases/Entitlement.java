package org.opsbench.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.opsbench.core.calendar.WorkingTime;
import org.opsbench.core.text.LocalFormats;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.LifecyclePhase;
import org.opsbench.model.Office;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.cases.internal.Messages;

/**
 * What the caller's contract entitles them to at the moment of the call: in or out of warranty,
 * whether the site is covered, which business calendar the SLA clocks run on (the contract's, else
 * the office default), and a warning for each thing the contract does not cover. A warning does not
 * stop intake: the agent decides, and the warnings are recorded with the case.
 */
public record Entitlement(Status status, LocalDate hardwareWarrantyUntil, LocalDate softwareUpgradesUntil, BusinessCalendar calendar,
        List<String> warnings) {

    public enum Status {
        /** Accepted and within the hardware warranty. */
        IN_WARRANTY,
        /** The warranty has not started: no final acceptance yet. */
        NOT_YET_ACCEPTED,
        /** The hardware warranty has ended, or the contract is marked out of warranty. */
        OUT_OF_WARRANTY,
        /** No contract was found for the caller. */
        NO_CONTRACT
    }

    /** The zone used for "today" when there is no calendar to say. */
    private static final ZoneId FALLBACK_ZONE = ZoneId.of("Asia/Shanghai");

    /** @return whether the contract covers the request without reservation */
    public boolean covered() {
        return warnings.isEmpty();
    }

    /**
     * @param contract the caller's contract, or null when none was found
     * @param site the site the request is about, or null
     * @param office the customer's office (its default calendar applies when the contract names none), or null
     * @param at when the call comes in
     */
    public static Entitlement check(ServiceContract contract, Site site, Office office, Instant at) {
        List<String> warnings = new ArrayList<>();
        BusinessCalendar calendar = contract != null && contract.getCalendar() != null ? contract.getCalendar()
                : office == null ? null : office.getDefaultCalendar();
        WorkingTime time = calendar == null ? null : WorkingTime.of(calendar);
        LocalDate today = at.atZone(time == null ? FALLBACK_ZONE : time.zone()).toLocalDate();
        if (contract == null) {
            warnings.add(Messages.format("entitlementNoContract"));
            addCalendarWarnings(warnings, "-", office, calendar, time, at);
            return new Entitlement(Status.NO_CONTRACT, null, null, calendar, List.copyOf(warnings));
        }
        String number = contract.getNumber();
        LocalDate accepted = contract.getFinalAcceptanceDate();
        LocalDate hardwareUntil = accepted == null ? null : accepted.plusMonths(contract.getHardwareWarrantyMonths()).minusDays(1);
        LocalDate softwareUntil = accepted == null ? null : accepted.plusMonths(contract.getSoftwareUpgradeMonths()).minusDays(1);
        Status status;
        if (contract.getPhase() == LifecyclePhase.OUT_OF_WARRANTY) {
            status = Status.OUT_OF_WARRANTY;
            warnings.add(Messages.format("entitlementMarkedOut", number));
        } else if (accepted == null || today.isBefore(accepted)) {
            status = Status.NOT_YET_ACCEPTED;
            warnings.add(Messages.format("entitlementNotAccepted", number, contract.getPhase().getLiteral()));
        } else if (today.isAfter(hardwareUntil)) {
            status = Status.OUT_OF_WARRANTY;
            warnings.add(Messages.format("entitlementWarrantyEnded", number, date(hardwareUntil)));
        } else {
            status = Status.IN_WARRANTY;
        }
        if (softwareUntil != null && today.isAfter(softwareUntil) && status != Status.OUT_OF_WARRANTY) {
            warnings.add(Messages.format("entitlementUpgradesEnded", number, date(softwareUntil)));
        }
        if (site != null && !contract.getCoveredSites().isEmpty() && !contract.getCoveredSites().contains(site)) {
            warnings.add(Messages.format("entitlementSiteNotCovered", number, site.getName()));
        }
        addCalendarWarnings(warnings, number, office, calendar, time, at);
        return new Entitlement(status, hardwareUntil, softwareUntil, calendar, List.copyOf(warnings));
    }

    private static void addCalendarWarnings(List<String> warnings, String number, Office office, BusinessCalendar calendar,
            WorkingTime time, Instant at) {
        if (calendar == null) {
            warnings.add(Messages.format("entitlementNoCalendar", number, office == null ? "-" : office.getName()));
        } else if (!time.isWorking(at)) {
            Instant start = time.nextWorking(at);
            warnings.add(Messages.format("entitlementOutsideHours", number, calendar.getName(),
                    LocalFormats.dateTime(start, time.zone())));
        }
    }

    private static String date(LocalDate date) {
        return LocalFormats.date(date);
    }
}
