/**
 */
package org.opsbench.cases.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Office;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A case (工单): intake, assignment, clocks and its activity log. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getNumber <em>Number</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getKind <em>Kind</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getCaseType <em>Case Type</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getDefectClass <em>Defect Class</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getStatus <em>Status</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getStatusSince <em>Status Since</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getOpenedBy <em>Opened By</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getCallerCompany <em>Caller Company</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getCallerPhone <em>Caller Phone</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getCallerEmail <em>Caller Email</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getContractNumber <em>Contract Number</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getTitle <em>Title</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getDescription <em>Description</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getSite <em>Site</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getContract <em>Contract</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getOffice <em>Office</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getAssignedAt <em>Assigned At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getRespondedAt <em>Responded At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getDiagnosedAt <em>Diagnosed At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getResolvedAt <em>Resolved At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getSatisfactionComment <em>Satisfaction Comment</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getFaultCause <em>Fault Cause</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getResolutionMethod <em>Resolution Method</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getLosses <em>Losses</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#isComplaintOpen <em>Complaint Open</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getPauses <em>Pauses</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getLogLength <em>Log Length</em>}</li>
 *   <li>{@link org.opsbench.cases.model.ServiceCase#getLogHead <em>Log Head</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getServiceCase()
 * @model annotation="http://opsbench.org/persistence unique='number' index='openedAt desc, id desc, closedAt; severity, openedAt desc, id desc'"
 * @generated
 */
public interface ServiceCase extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case number from the numbering pattern, unique.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Number()
	 * @model required="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intake channel id (hotline, email, ... or contributed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Channel()
	 * @model
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.CaseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Consultation or defect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.opsbench.cases.model.CaseKind
	 * @see #setKind(CaseKind)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Kind()
	 * @model
	 * @generated
	 */
	CaseKind getKind();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.opsbench.cases.model.CaseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CaseKind value);

	/**
	 * Returns the value of the '<em><b>Case Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case type id from the org.opsbench.cases.caseTypes extension point; kind and defectClass follow from it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Type</em>' attribute.
	 * @see #setCaseType(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_CaseType()
	 * @model
	 * @generated
	 */
	String getCaseType();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getCaseType <em>Case Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Type</em>' attribute.
	 * @see #getCaseType()
	 * @generated
	 */
	void setCaseType(String value);

	/**
	 * Returns the value of the '<em><b>Defect Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.DefectClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Defect classification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Defect Class</em>' attribute.
	 * @see org.opsbench.cases.model.DefectClass
	 * @see #setDefectClass(DefectClass)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_DefectClass()
	 * @model
	 * @generated
	 */
	DefectClass getDefectClass();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getDefectClass <em>Defect Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Defect Class</em>' attribute.
	 * @see org.opsbench.cases.model.DefectClass
	 * @see #getDefectClass()
	 * @generated
	 */
	void setDefectClass(DefectClass value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.opsbench.cases.model.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Status()
	 * @model
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.opsbench.cases.model.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Status Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the current status began (per-step escalation counts from here).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Since</em>' attribute.
	 * @see #setStatusSince(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_StatusSince()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getStatusSince();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getStatusSince <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Since</em>' attribute.
	 * @see #getStatusSince()
	 * @generated
	 */
	void setStatusSince(Instant value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity code of the plan's scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see #setSeverity(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Severity()
	 * @model
	 * @generated
	 */
	String getSeverity();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(String value);

	/**
	 * Returns the value of the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the case was opened; the SLA clocks start here.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened At</em>' attribute.
	 * @see #setOpenedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_OpenedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getOpenedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getOpenedAt <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened At</em>' attribute.
	 * @see #getOpenedAt()
	 * @generated
	 */
	void setOpenedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Opened By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User who opened it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened By</em>' attribute.
	 * @see #setOpenedBy(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_OpenedBy()
	 * @model
	 * @generated
	 */
	String getOpenedBy();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getOpenedBy <em>Opened By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened By</em>' attribute.
	 * @see #getOpenedBy()
	 * @generated
	 */
	void setOpenedBy(String value);

	/**
	 * Returns the value of the '<em><b>Caller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Caller name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caller Name</em>' attribute.
	 * @see #setCallerName(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_CallerName()
	 * @model
	 * @generated
	 */
	String getCallerName();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getCallerName <em>Caller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caller Name</em>' attribute.
	 * @see #getCallerName()
	 * @generated
	 */
	void setCallerName(String value);

	/**
	 * Returns the value of the '<em><b>Caller Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Caller company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caller Company</em>' attribute.
	 * @see #setCallerCompany(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_CallerCompany()
	 * @model
	 * @generated
	 */
	String getCallerCompany();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getCallerCompany <em>Caller Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caller Company</em>' attribute.
	 * @see #getCallerCompany()
	 * @generated
	 */
	void setCallerCompany(String value);

	/**
	 * Returns the value of the '<em><b>Caller Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Caller phone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caller Phone</em>' attribute.
	 * @see #setCallerPhone(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_CallerPhone()
	 * @model
	 * @generated
	 */
	String getCallerPhone();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getCallerPhone <em>Caller Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caller Phone</em>' attribute.
	 * @see #getCallerPhone()
	 * @generated
	 */
	void setCallerPhone(String value);

	/**
	 * Returns the value of the '<em><b>Caller Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Caller e-mail.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caller Email</em>' attribute.
	 * @see #setCallerEmail(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_CallerEmail()
	 * @model
	 * @generated
	 */
	String getCallerEmail();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getCallerEmail <em>Caller Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caller Email</em>' attribute.
	 * @see #getCallerEmail()
	 * @generated
	 */
	void setCallerEmail(String value);

	/**
	 * Returns the value of the '<em><b>Contract Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contract number the caller gave.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contract Number</em>' attribute.
	 * @see #setContractNumber(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_ContractNumber()
	 * @model
	 * @generated
	 */
	String getContractNumber();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getContractNumber <em>Contract Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contract Number</em>' attribute.
	 * @see #getContractNumber()
	 * @generated
	 */
	void setContractNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full description of the problem.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Description()
	 * @model annotation="http://opsbench.org/persistence length='4000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vendor of the product concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Customer()
	 * @model
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Contract</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contract that entitles the service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contract</em>' reference.
	 * @see #setContract(ServiceContract)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Contract()
	 * @model
	 * @generated
	 */
	ServiceContract getContract();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getContract <em>Contract</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contract</em>' reference.
	 * @see #getContract()
	 * @generated
	 */
	void setContract(ServiceContract value);

	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equipment concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equipment</em>' reference.
	 * @see #setEquipment(Equipment)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Equipment()
	 * @model
	 * @generated
	 */
	Equipment getEquipment();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getEquipment <em>Equipment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Equipment</em>' reference.
	 * @see #getEquipment()
	 * @generated
	 */
	void setEquipment(Equipment value);

	/**
	 * Returns the value of the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Office handling the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office</em>' reference.
	 * @see #setOffice(Office)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Office()
	 * @model
	 * @generated
	 */
	Office getOffice();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getOffice <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Office</em>' reference.
	 * @see #getOffice()
	 * @generated
	 */
	void setOffice(Office value);

	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar the SLA clocks run on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar</em>' reference.
	 * @see #setCalendar(BusinessCalendar)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Calendar()
	 * @model
	 * @generated
	 */
	BusinessCalendar getCalendar();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getCalendar <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' reference.
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(BusinessCalendar value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Escalation plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(EscalationPlan)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Plan()
	 * @model
	 * @generated
	 */
	EscalationPlan getPlan();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(EscalationPlan value);

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engineer in charge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assignee</em>' reference.
	 * @see #setAssignee(Engineer)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Assignee()
	 * @model
	 * @generated
	 */
	Engineer getAssignee();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getAssignee <em>Assignee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' reference.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(Engineer value);

	/**
	 * Returns the value of the '<em><b>Assigned At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the current engineer was assigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assigned At</em>' attribute.
	 * @see #setAssignedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_AssignedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getAssignedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getAssignedAt <em>Assigned At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assigned At</em>' attribute.
	 * @see #getAssignedAt()
	 * @generated
	 */
	void setAssignedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Responded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the engineer first contacted the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responded At</em>' attribute.
	 * @see #setRespondedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_RespondedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getRespondedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getRespondedAt <em>Responded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responded At</em>' attribute.
	 * @see #getRespondedAt()
	 * @generated
	 */
	void setRespondedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Diagnosed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the problem was diagnosed; escalation stops.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagnosed At</em>' attribute.
	 * @see #setDiagnosedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_DiagnosedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getDiagnosedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getDiagnosedAt <em>Diagnosed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnosed At</em>' attribute.
	 * @see #getDiagnosedAt()
	 * @generated
	 */
	void setDiagnosedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the fix was confirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolved At</em>' attribute.
	 * @see #setResolvedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_ResolvedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getResolvedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getResolvedAt <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved At</em>' attribute.
	 * @see #getResolvedAt()
	 * @generated
	 */
	void setResolvedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the case was closed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed At</em>' attribute.
	 * @see #setClosedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_ClosedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getClosedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getClosedAt <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed At</em>' attribute.
	 * @see #getClosedAt()
	 * @generated
	 */
	void setClosedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survey score 1-5 at closing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satisfaction</em>' attribute.
	 * @see #setSatisfaction(Integer)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Satisfaction()
	 * @model
	 * @generated
	 */
	Integer getSatisfaction();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getSatisfaction <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfaction</em>' attribute.
	 * @see #getSatisfaction()
	 * @generated
	 */
	void setSatisfaction(Integer value);

	/**
	 * Returns the value of the '<em><b>Satisfaction Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survey comment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satisfaction Comment</em>' attribute.
	 * @see #setSatisfactionComment(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_SatisfactionComment()
	 * @model annotation="http://opsbench.org/persistence length='1000'"
	 * @generated
	 */
	String getSatisfactionComment();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getSatisfactionComment <em>Satisfaction Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfaction Comment</em>' attribute.
	 * @see #getSatisfactionComment()
	 * @generated
	 */
	void setSatisfactionComment(String value);

	/**
	 * Returns the value of the '<em><b>Fault Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fault analysis: the cause found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fault Cause</em>' attribute.
	 * @see #setFaultCause(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_FaultCause()
	 * @model annotation="http://opsbench.org/persistence length='4000'"
	 * @generated
	 */
	String getFaultCause();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getFaultCause <em>Fault Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fault Cause</em>' attribute.
	 * @see #getFaultCause()
	 * @generated
	 */
	void setFaultCause(String value);

	/**
	 * Returns the value of the '<em><b>Resolution Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fault analysis: how the fault was handled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolution Method</em>' attribute.
	 * @see #setResolutionMethod(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_ResolutionMethod()
	 * @model annotation="http://opsbench.org/persistence length='4000'"
	 * @generated
	 */
	String getResolutionMethod();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getResolutionMethod <em>Resolution Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution Method</em>' attribute.
	 * @see #getResolutionMethod()
	 * @generated
	 */
	void setResolutionMethod(String value);

	/**
	 * Returns the value of the '<em><b>Losses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fault analysis: what the fault cost the customer (downtime, data, money).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Losses</em>' attribute.
	 * @see #setLosses(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Losses()
	 * @model annotation="http://opsbench.org/persistence length='4000'"
	 * @generated
	 */
	String getLosses();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getLosses <em>Losses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Losses</em>' attribute.
	 * @see #getLosses()
	 * @generated
	 */
	void setLosses(String value);

	/**
	 * Returns the value of the '<em><b>Complaint Open</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A complaint is open: the case stays open until the customer is satisfied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complaint Open</em>' attribute.
	 * @see #setComplaintOpen(boolean)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_ComplaintOpen()
	 * @model
	 * @generated
	 */
	boolean isComplaintOpen();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#isComplaintOpen <em>Complaint Open</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complaint Open</em>' attribute.
	 * @see #isComplaintOpen()
	 * @generated
	 */
	void setComplaintOpen(boolean value);

	/**
	 * Returns the value of the '<em><b>Pauses</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.cases.model.SlaPause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Periods the SLA clocks stood still.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pauses</em>' containment reference list.
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Pauses()
	 * @model containment="true"
	 * @generated
	 */
	EList<SlaPause> getPauses();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.cases.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The append-only activity log, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Activity> getActivities();

	/**
	 * Returns the value of the '<em><b>Log Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anchor of the activity log, kept with the case apart from the records: how many records it has. Removing the newest records is found by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Log Length</em>' attribute.
	 * @see #setLogLength(int)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_LogLength()
	 * @model
	 * @generated
	 */
	int getLogLength();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getLogLength <em>Log Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Log Length</em>' attribute.
	 * @see #getLogLength()
	 * @generated
	 */
	void setLogLength(int value);

	/**
	 * Returns the value of the '<em><b>Log Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anchor of the activity log: the hash of its newest record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Log Head</em>' attribute.
	 * @see #setLogHead(String)
	 * @see org.opsbench.cases.model.CasesPackage#getServiceCase_LogHead()
	 * @model
	 * @generated
	 */
	String getLogHead();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.ServiceCase#getLogHead <em>Log Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Log Head</em>' attribute.
	 * @see #getLogHead()
	 * @generated
	 */
	void setLogHead(String value);

} // ServiceCase
