package org.opsbench.cases;

import java.time.Instant;

import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.model.Contact;
import org.opsbench.model.Customer;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.persistence.ModelSession;
import org.opsbench.cases.internal.Messages;

/**
 * Intake of a new case: the caller found by {@link CallerLookup} fills the case's caller,
 * customer, site, contract and office; the entitlement check chooses the calendar; opening
 * records the entitlement warnings in the log, so what the agent was told stays with the case.
 */
public final class CaseIntake {

    private CaseIntake() {
    }

    /**
     * Fills the caller and the customer's objects (read in {@code session}) into a case that is not yet open.
     *
     * @return the entitlement at {@code at}; its calendar is now the case's calendar
     */
    public static Entitlement fill(ServiceCase serviceCase, ModelSession session, CallerLookup.Match caller, Instant at) {
        Customer customer = session.find(Customer.class, caller.customerId());
        Contact contact = caller.contactId() == 0 ? null : session.find(Contact.class, caller.contactId());
        Site site = caller.siteId() == 0 ? null : session.find(Site.class, caller.siteId());
        ServiceContract contract = caller.contractId() == 0 ? null : session.find(ServiceContract.class, caller.contractId());
        serviceCase.setCustomer(customer);
        serviceCase.setSite(site);
        serviceCase.setContract(contract);
        serviceCase.setOffice(customer.getOffice());
        serviceCase.setCallerCompany(customer.getName());
        serviceCase.setCallerName(contact == null ? caller.contactName() : contact.getName());
        serviceCase.setCallerPhone(caller.phone());
        serviceCase.setCallerEmail(caller.email());
        serviceCase.setContractNumber(contract == null ? null : contract.getNumber());
        return entitle(serviceCase, at);
    }

    /** Checks (again) what the case's contract covers at {@code at} and takes its calendar. */
    public static Entitlement entitle(ServiceCase serviceCase, Instant at) {
        Entitlement entitlement = Entitlement.check(serviceCase.getContract(), serviceCase.getSite(), serviceCase.getOffice(), at);
        serviceCase.setCalendar(entitlement.calendar());
        return entitlement;
    }

    /** Opens the case and writes each entitlement warning into its log as a note. */
    public static void open(ServiceCase serviceCase, Entitlement entitlement, String number, Instant now, String author) {
        CaseWorkflow.open(serviceCase, number, now, author);
        for (String warning : entitlement.warnings()) {
            ActivityLog.append(serviceCase, ActivityKind.NOTE, now, author, Messages.format("entitlementNote", warning), false);
        }
    }
}
