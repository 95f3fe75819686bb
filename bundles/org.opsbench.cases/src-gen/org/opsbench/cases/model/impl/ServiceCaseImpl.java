/**
 */
package org.opsbench.cases.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opsbench.cases.model.Activity;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SlaPause;

import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Office;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getCaseType <em>Case Type</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getDefectClass <em>Defect Class</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getStatusSince <em>Status Since</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getOpenedBy <em>Opened By</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getCallerName <em>Caller Name</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getCallerCompany <em>Caller Company</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getCallerPhone <em>Caller Phone</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getCallerEmail <em>Caller Email</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getContractNumber <em>Contract Number</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getContract <em>Contract</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getOffice <em>Office</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getAssignedAt <em>Assigned At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getRespondedAt <em>Responded At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getDiagnosedAt <em>Diagnosed At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getResolvedAt <em>Resolved At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getSatisfactionComment <em>Satisfaction Comment</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getFaultCause <em>Fault Cause</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getResolutionMethod <em>Resolution Method</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getLosses <em>Losses</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#isComplaintOpen <em>Complaint Open</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getPauses <em>Pauses</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getLogLength <em>Log Length</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.ServiceCaseImpl#getLogHead <em>Log Head</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceCaseImpl extends PersistentObject implements ServiceCase {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected String channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CaseKind KIND_EDEFAULT = CaseKind.CONSULTATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CaseKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseType() <em>Case Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseType()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseType() <em>Case Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseType()
	 * @generated
	 * @ordered
	 */
	protected String caseType = CASE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefectClass() <em>Defect Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefectClass()
	 * @generated
	 * @ordered
	 */
	protected static final DefectClass DEFECT_CLASS_EDEFAULT = DefectClass.TECHNICAL;

	/**
	 * The cached value of the '{@link #getDefectClass() <em>Defect Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefectClass()
	 * @generated
	 * @ordered
	 */
	protected DefectClass defectClass = DEFECT_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = CaseStatus.SUBMITTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusSince() <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusSince()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STATUS_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusSince() <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusSince()
	 * @generated
	 * @ordered
	 */
	protected Instant statusSince = STATUS_SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final String SEVERITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected String severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedAt() <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant OPENED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedAt() <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant openedAt = OPENED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedBy() <em>Opened By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String OPENED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedBy() <em>Opened By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedBy()
	 * @generated
	 * @ordered
	 */
	protected String openedBy = OPENED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallerName() <em>Caller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerName()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallerName() <em>Caller Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerName()
	 * @generated
	 * @ordered
	 */
	protected String callerName = CALLER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallerCompany() <em>Caller Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerCompany()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLER_COMPANY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallerCompany() <em>Caller Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerCompany()
	 * @generated
	 * @ordered
	 */
	protected String callerCompany = CALLER_COMPANY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallerPhone() <em>Caller Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLER_PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallerPhone() <em>Caller Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerPhone()
	 * @generated
	 * @ordered
	 */
	protected String callerPhone = CALLER_PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallerEmail() <em>Caller Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLER_EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallerEmail() <em>Caller Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallerEmail()
	 * @generated
	 * @ordered
	 */
	protected String callerEmail = CALLER_EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getContractNumber() <em>Contract Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTRACT_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContractNumber() <em>Contract Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractNumber()
	 * @generated
	 * @ordered
	 */
	protected String contractNumber = CONTRACT_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomer() <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomer()
	 * @generated
	 * @ordered
	 */
	protected Customer customer;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

	/**
	 * The cached value of the '{@link #getContract() <em>Contract</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContract()
	 * @generated
	 * @ordered
	 */
	protected ServiceContract contract;

	/**
	 * The cached value of the '{@link #getEquipment() <em>Equipment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquipment()
	 * @generated
	 * @ordered
	 */
	protected Equipment equipment;

	/**
	 * The cached value of the '{@link #getOffice() <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffice()
	 * @generated
	 * @ordered
	 */
	protected Office office;

	/**
	 * The cached value of the '{@link #getCalendar() <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendar()
	 * @generated
	 * @ordered
	 */
	protected BusinessCalendar calendar;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected EscalationPlan plan;

	/**
	 * The cached value of the '{@link #getAssignee() <em>Assignee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected Engineer assignee;

	/**
	 * The default value of the '{@link #getAssignedAt() <em>Assigned At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ASSIGNED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssignedAt() <em>Assigned At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant assignedAt = ASSIGNED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRespondedAt() <em>Responded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RESPONDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespondedAt() <em>Responded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant respondedAt = RESPONDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiagnosedAt() <em>Diagnosed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DIAGNOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiagnosedAt() <em>Diagnosed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant diagnosedAt = DIAGNOSED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolvedAt() <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RESOLVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolvedAt() <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant resolvedAt = RESOLVED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CLOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant closedAt = CLOSED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSatisfaction() <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SATISFACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSatisfaction() <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected Integer satisfaction = SATISFACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSatisfactionComment() <em>Satisfaction Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfactionComment()
	 * @generated
	 * @ordered
	 */
	protected static final String SATISFACTION_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSatisfactionComment() <em>Satisfaction Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfactionComment()
	 * @generated
	 * @ordered
	 */
	protected String satisfactionComment = SATISFACTION_COMMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFaultCause() <em>Fault Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultCause()
	 * @generated
	 * @ordered
	 */
	protected static final String FAULT_CAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFaultCause() <em>Fault Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultCause()
	 * @generated
	 * @ordered
	 */
	protected String faultCause = FAULT_CAUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolutionMethod() <em>Resolution Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOLUTION_METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolutionMethod() <em>Resolution Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionMethod()
	 * @generated
	 * @ordered
	 */
	protected String resolutionMethod = RESOLUTION_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getLosses() <em>Losses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLosses()
	 * @generated
	 * @ordered
	 */
	protected static final String LOSSES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLosses() <em>Losses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLosses()
	 * @generated
	 * @ordered
	 */
	protected String losses = LOSSES_EDEFAULT;

	/**
	 * The default value of the '{@link #isComplaintOpen() <em>Complaint Open</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComplaintOpen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPLAINT_OPEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isComplaintOpen() <em>Complaint Open</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComplaintOpen()
	 * @generated
	 * @ordered
	 */
	protected boolean complaintOpen = COMPLAINT_OPEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPauses() <em>Pauses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPauses()
	 * @generated
	 * @ordered
	 */
	protected EList<SlaPause> pauses;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<Activity> activities;

	/**
	 * The default value of the '{@link #getLogLength() <em>Log Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LOG_LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLogLength() <em>Log Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogLength()
	 * @generated
	 * @ordered
	 */
	protected int logLength = LOG_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogHead() <em>Log Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogHead()
	 * @generated
	 * @ordered
	 */
	protected static final String LOG_HEAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogHead() <em>Log Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogHead()
	 * @generated
	 * @ordered
	 */
	protected String logHead = LOG_HEAD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.SERVICE_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		String oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CaseKind newKind) {
		CaseKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseType() {
		return caseType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseType(String newCaseType) {
		String oldCaseType = caseType;
		caseType = newCaseType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CASE_TYPE, oldCaseType, caseType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DefectClass getDefectClass() {
		return defectClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefectClass(DefectClass newDefectClass) {
		DefectClass oldDefectClass = defectClass;
		defectClass = newDefectClass == null ? DEFECT_CLASS_EDEFAULT : newDefectClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__DEFECT_CLASS, oldDefectClass, defectClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStatusSince() {
		return statusSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusSince(Instant newStatusSince) {
		Instant oldStatusSince = statusSince;
		statusSince = newStatusSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__STATUS_SINCE, oldStatusSince, statusSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(String newSeverity) {
		String oldSeverity = severity;
		severity = newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getOpenedAt() {
		return openedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedAt(Instant newOpenedAt) {
		Instant oldOpenedAt = openedAt;
		openedAt = newOpenedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__OPENED_AT, oldOpenedAt, openedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOpenedBy() {
		return openedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedBy(String newOpenedBy) {
		String oldOpenedBy = openedBy;
		openedBy = newOpenedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__OPENED_BY, oldOpenedBy, openedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallerName() {
		return callerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallerName(String newCallerName) {
		String oldCallerName = callerName;
		callerName = newCallerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CALLER_NAME, oldCallerName, callerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallerCompany() {
		return callerCompany;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallerCompany(String newCallerCompany) {
		String oldCallerCompany = callerCompany;
		callerCompany = newCallerCompany;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CALLER_COMPANY, oldCallerCompany, callerCompany));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallerPhone() {
		return callerPhone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallerPhone(String newCallerPhone) {
		String oldCallerPhone = callerPhone;
		callerPhone = newCallerPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CALLER_PHONE, oldCallerPhone, callerPhone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallerEmail() {
		return callerEmail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallerEmail(String newCallerEmail) {
		String oldCallerEmail = callerEmail;
		callerEmail = newCallerEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CALLER_EMAIL, oldCallerEmail, callerEmail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContractNumber() {
		return contractNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContractNumber(String newContractNumber) {
		String oldContractNumber = contractNumber;
		contractNumber = newContractNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CONTRACT_NUMBER, oldContractNumber, contractNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		if (customer != null && customer.eIsProxy()) {
			InternalEObject oldCustomer = (InternalEObject)customer;
			customer = (Customer)eResolveProxy(oldCustomer);
			if (customer != oldCustomer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SERVICE_CASE__CUSTOMER, oldCustomer, customer));
			}
		}
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		Customer oldCustomer = customer;
		customer = newCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CUSTOMER, oldCustomer, customer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SERVICE_CASE__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceContract getContract() {
		if (contract != null && contract.eIsProxy()) {
			InternalEObject oldContract = (InternalEObject)contract;
			contract = (ServiceContract)eResolveProxy(oldContract);
			if (contract != oldContract) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SERVICE_CASE__CONTRACT, oldContract, contract));
			}
		}
		return contract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceContract basicGetContract() {
		return contract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContract(ServiceContract newContract) {
		ServiceContract oldContract = contract;
		contract = newContract;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CONTRACT, oldContract, contract));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Equipment getEquipment() {
		if (equipment != null && equipment.eIsProxy()) {
			InternalEObject oldEquipment = (InternalEObject)equipment;
			equipment = (Equipment)eResolveProxy(oldEquipment);
			if (equipment != oldEquipment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SERVICE_CASE__EQUIPMENT, oldEquipment, equipment));
			}
		}
		return equipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Equipment basicGetEquipment() {
		return equipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEquipment(Equipment newEquipment) {
		Equipment oldEquipment = equipment;
		equipment = newEquipment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__EQUIPMENT, oldEquipment, equipment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Office getOffice() {
		if (office != null && office.eIsProxy()) {
			InternalEObject oldOffice = (InternalEObject)office;
			office = (Office)eResolveProxy(oldOffice);
			if (office != oldOffice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SERVICE_CASE__OFFICE, oldOffice, office));
			}
		}
		return office;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Office basicGetOffice() {
		return office;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffice(Office newOffice) {
		Office oldOffice = office;
		office = newOffice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__OFFICE, oldOffice, office));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessCalendar getCalendar() {
		if (calendar != null && calendar.eIsProxy()) {
			InternalEObject oldCalendar = (InternalEObject)calendar;
			calendar = (BusinessCalendar)eResolveProxy(oldCalendar);
			if (calendar != oldCalendar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SERVICE_CASE__CALENDAR, oldCalendar, calendar));
			}
		}
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessCalendar basicGetCalendar() {
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalendar(BusinessCalendar newCalendar) {
		BusinessCalendar oldCalendar = calendar;
		calendar = newCalendar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CALENDAR, oldCalendar, calendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationPlan getPlan() {
		if (plan != null && plan.eIsProxy()) {
			InternalEObject oldPlan = (InternalEObject)plan;
			plan = (EscalationPlan)eResolveProxy(oldPlan);
			if (plan != oldPlan) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SERVICE_CASE__PLAN, oldPlan, plan));
			}
		}
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EscalationPlan basicGetPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(EscalationPlan newPlan) {
		EscalationPlan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Engineer getAssignee() {
		if (assignee != null && assignee.eIsProxy()) {
			InternalEObject oldAssignee = (InternalEObject)assignee;
			assignee = (Engineer)eResolveProxy(oldAssignee);
			if (assignee != oldAssignee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.SERVICE_CASE__ASSIGNEE, oldAssignee, assignee));
			}
		}
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Engineer basicGetAssignee() {
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignee(Engineer newAssignee) {
		Engineer oldAssignee = assignee;
		assignee = newAssignee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__ASSIGNEE, oldAssignee, assignee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAssignedAt() {
		return assignedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignedAt(Instant newAssignedAt) {
		Instant oldAssignedAt = assignedAt;
		assignedAt = newAssignedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__ASSIGNED_AT, oldAssignedAt, assignedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRespondedAt() {
		return respondedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondedAt(Instant newRespondedAt) {
		Instant oldRespondedAt = respondedAt;
		respondedAt = newRespondedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__RESPONDED_AT, oldRespondedAt, respondedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDiagnosedAt() {
		return diagnosedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagnosedAt(Instant newDiagnosedAt) {
		Instant oldDiagnosedAt = diagnosedAt;
		diagnosedAt = newDiagnosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__DIAGNOSED_AT, oldDiagnosedAt, diagnosedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getResolvedAt() {
		return resolvedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedAt(Instant newResolvedAt) {
		Instant oldResolvedAt = resolvedAt;
		resolvedAt = newResolvedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__RESOLVED_AT, oldResolvedAt, resolvedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getClosedAt() {
		return closedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedAt(Instant newClosedAt) {
		Instant oldClosedAt = closedAt;
		closedAt = newClosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__CLOSED_AT, oldClosedAt, closedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSatisfaction() {
		return satisfaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfaction(Integer newSatisfaction) {
		Integer oldSatisfaction = satisfaction;
		satisfaction = newSatisfaction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__SATISFACTION, oldSatisfaction, satisfaction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSatisfactionComment() {
		return satisfactionComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfactionComment(String newSatisfactionComment) {
		String oldSatisfactionComment = satisfactionComment;
		satisfactionComment = newSatisfactionComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__SATISFACTION_COMMENT, oldSatisfactionComment, satisfactionComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFaultCause() {
		return faultCause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFaultCause(String newFaultCause) {
		String oldFaultCause = faultCause;
		faultCause = newFaultCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__FAULT_CAUSE, oldFaultCause, faultCause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResolutionMethod() {
		return resolutionMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolutionMethod(String newResolutionMethod) {
		String oldResolutionMethod = resolutionMethod;
		resolutionMethod = newResolutionMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__RESOLUTION_METHOD, oldResolutionMethod, resolutionMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLosses() {
		return losses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLosses(String newLosses) {
		String oldLosses = losses;
		losses = newLosses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__LOSSES, oldLosses, losses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isComplaintOpen() {
		return complaintOpen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplaintOpen(boolean newComplaintOpen) {
		boolean oldComplaintOpen = complaintOpen;
		complaintOpen = newComplaintOpen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__COMPLAINT_OPEN, oldComplaintOpen, complaintOpen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SlaPause> getPauses() {
		if (pauses == null) {
			pauses = new EObjectContainmentEList<SlaPause>(SlaPause.class, this, CasesPackage.SERVICE_CASE__PAUSES);
		}
		return pauses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		if (activities == null) {
			activities = new EObjectContainmentEList<Activity>(Activity.class, this, CasesPackage.SERVICE_CASE__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLogLength() {
		return logLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogLength(int newLogLength) {
		int oldLogLength = logLength;
		logLength = newLogLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__LOG_LENGTH, oldLogLength, logLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogHead() {
		return logHead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogHead(String newLogHead) {
		String oldLogHead = logHead;
		logHead = newLogHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SERVICE_CASE__LOG_HEAD, oldLogHead, logHead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasesPackage.SERVICE_CASE__PAUSES:
				return ((InternalEList<?>)getPauses()).basicRemove(otherEnd, msgs);
			case CasesPackage.SERVICE_CASE__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.SERVICE_CASE__NUMBER:
				return getNumber();
			case CasesPackage.SERVICE_CASE__CHANNEL:
				return getChannel();
			case CasesPackage.SERVICE_CASE__KIND:
				return getKind();
			case CasesPackage.SERVICE_CASE__CASE_TYPE:
				return getCaseType();
			case CasesPackage.SERVICE_CASE__DEFECT_CLASS:
				return getDefectClass();
			case CasesPackage.SERVICE_CASE__STATUS:
				return getStatus();
			case CasesPackage.SERVICE_CASE__STATUS_SINCE:
				return getStatusSince();
			case CasesPackage.SERVICE_CASE__SEVERITY:
				return getSeverity();
			case CasesPackage.SERVICE_CASE__OPENED_AT:
				return getOpenedAt();
			case CasesPackage.SERVICE_CASE__OPENED_BY:
				return getOpenedBy();
			case CasesPackage.SERVICE_CASE__CALLER_NAME:
				return getCallerName();
			case CasesPackage.SERVICE_CASE__CALLER_COMPANY:
				return getCallerCompany();
			case CasesPackage.SERVICE_CASE__CALLER_PHONE:
				return getCallerPhone();
			case CasesPackage.SERVICE_CASE__CALLER_EMAIL:
				return getCallerEmail();
			case CasesPackage.SERVICE_CASE__CONTRACT_NUMBER:
				return getContractNumber();
			case CasesPackage.SERVICE_CASE__TITLE:
				return getTitle();
			case CasesPackage.SERVICE_CASE__DESCRIPTION:
				return getDescription();
			case CasesPackage.SERVICE_CASE__VENDOR:
				return getVendor();
			case CasesPackage.SERVICE_CASE__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case CasesPackage.SERVICE_CASE__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case CasesPackage.SERVICE_CASE__CONTRACT:
				if (resolve) return getContract();
				return basicGetContract();
			case CasesPackage.SERVICE_CASE__EQUIPMENT:
				if (resolve) return getEquipment();
				return basicGetEquipment();
			case CasesPackage.SERVICE_CASE__OFFICE:
				if (resolve) return getOffice();
				return basicGetOffice();
			case CasesPackage.SERVICE_CASE__CALENDAR:
				if (resolve) return getCalendar();
				return basicGetCalendar();
			case CasesPackage.SERVICE_CASE__PLAN:
				if (resolve) return getPlan();
				return basicGetPlan();
			case CasesPackage.SERVICE_CASE__ASSIGNEE:
				if (resolve) return getAssignee();
				return basicGetAssignee();
			case CasesPackage.SERVICE_CASE__ASSIGNED_AT:
				return getAssignedAt();
			case CasesPackage.SERVICE_CASE__RESPONDED_AT:
				return getRespondedAt();
			case CasesPackage.SERVICE_CASE__DIAGNOSED_AT:
				return getDiagnosedAt();
			case CasesPackage.SERVICE_CASE__RESOLVED_AT:
				return getResolvedAt();
			case CasesPackage.SERVICE_CASE__CLOSED_AT:
				return getClosedAt();
			case CasesPackage.SERVICE_CASE__SATISFACTION:
				return getSatisfaction();
			case CasesPackage.SERVICE_CASE__SATISFACTION_COMMENT:
				return getSatisfactionComment();
			case CasesPackage.SERVICE_CASE__FAULT_CAUSE:
				return getFaultCause();
			case CasesPackage.SERVICE_CASE__RESOLUTION_METHOD:
				return getResolutionMethod();
			case CasesPackage.SERVICE_CASE__LOSSES:
				return getLosses();
			case CasesPackage.SERVICE_CASE__COMPLAINT_OPEN:
				return isComplaintOpen();
			case CasesPackage.SERVICE_CASE__PAUSES:
				return getPauses();
			case CasesPackage.SERVICE_CASE__ACTIVITIES:
				return getActivities();
			case CasesPackage.SERVICE_CASE__LOG_LENGTH:
				return getLogLength();
			case CasesPackage.SERVICE_CASE__LOG_HEAD:
				return getLogHead();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasesPackage.SERVICE_CASE__NUMBER:
				setNumber((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CHANNEL:
				setChannel((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__KIND:
				setKind((CaseKind)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CASE_TYPE:
				setCaseType((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__DEFECT_CLASS:
				setDefectClass((DefectClass)newValue);
				return;
			case CasesPackage.SERVICE_CASE__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case CasesPackage.SERVICE_CASE__STATUS_SINCE:
				setStatusSince((Instant)newValue);
				return;
			case CasesPackage.SERVICE_CASE__SEVERITY:
				setSeverity((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__OPENED_AT:
				setOpenedAt((Instant)newValue);
				return;
			case CasesPackage.SERVICE_CASE__OPENED_BY:
				setOpenedBy((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CALLER_NAME:
				setCallerName((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CALLER_COMPANY:
				setCallerCompany((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CALLER_PHONE:
				setCallerPhone((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CALLER_EMAIL:
				setCallerEmail((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CONTRACT_NUMBER:
				setContractNumber((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__TITLE:
				setTitle((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__VENDOR:
				setVendor((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case CasesPackage.SERVICE_CASE__SITE:
				setSite((Site)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CONTRACT:
				setContract((ServiceContract)newValue);
				return;
			case CasesPackage.SERVICE_CASE__EQUIPMENT:
				setEquipment((Equipment)newValue);
				return;
			case CasesPackage.SERVICE_CASE__OFFICE:
				setOffice((Office)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CALENDAR:
				setCalendar((BusinessCalendar)newValue);
				return;
			case CasesPackage.SERVICE_CASE__PLAN:
				setPlan((EscalationPlan)newValue);
				return;
			case CasesPackage.SERVICE_CASE__ASSIGNEE:
				setAssignee((Engineer)newValue);
				return;
			case CasesPackage.SERVICE_CASE__ASSIGNED_AT:
				setAssignedAt((Instant)newValue);
				return;
			case CasesPackage.SERVICE_CASE__RESPONDED_AT:
				setRespondedAt((Instant)newValue);
				return;
			case CasesPackage.SERVICE_CASE__DIAGNOSED_AT:
				setDiagnosedAt((Instant)newValue);
				return;
			case CasesPackage.SERVICE_CASE__RESOLVED_AT:
				setResolvedAt((Instant)newValue);
				return;
			case CasesPackage.SERVICE_CASE__CLOSED_AT:
				setClosedAt((Instant)newValue);
				return;
			case CasesPackage.SERVICE_CASE__SATISFACTION:
				setSatisfaction((Integer)newValue);
				return;
			case CasesPackage.SERVICE_CASE__SATISFACTION_COMMENT:
				setSatisfactionComment((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__FAULT_CAUSE:
				setFaultCause((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__RESOLUTION_METHOD:
				setResolutionMethod((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__LOSSES:
				setLosses((String)newValue);
				return;
			case CasesPackage.SERVICE_CASE__COMPLAINT_OPEN:
				setComplaintOpen((Boolean)newValue);
				return;
			case CasesPackage.SERVICE_CASE__PAUSES:
				getPauses().clear();
				getPauses().addAll((Collection<? extends SlaPause>)newValue);
				return;
			case CasesPackage.SERVICE_CASE__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends Activity>)newValue);
				return;
			case CasesPackage.SERVICE_CASE__LOG_LENGTH:
				setLogLength((Integer)newValue);
				return;
			case CasesPackage.SERVICE_CASE__LOG_HEAD:
				setLogHead((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CasesPackage.SERVICE_CASE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__CASE_TYPE:
				setCaseType(CASE_TYPE_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__DEFECT_CLASS:
				setDefectClass(DEFECT_CLASS_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__STATUS_SINCE:
				setStatusSince(STATUS_SINCE_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__OPENED_AT:
				setOpenedAt(OPENED_AT_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__OPENED_BY:
				setOpenedBy(OPENED_BY_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__CALLER_NAME:
				setCallerName(CALLER_NAME_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__CALLER_COMPANY:
				setCallerCompany(CALLER_COMPANY_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__CALLER_PHONE:
				setCallerPhone(CALLER_PHONE_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__CALLER_EMAIL:
				setCallerEmail(CALLER_EMAIL_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__CONTRACT_NUMBER:
				setContractNumber(CONTRACT_NUMBER_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case CasesPackage.SERVICE_CASE__SITE:
				setSite((Site)null);
				return;
			case CasesPackage.SERVICE_CASE__CONTRACT:
				setContract((ServiceContract)null);
				return;
			case CasesPackage.SERVICE_CASE__EQUIPMENT:
				setEquipment((Equipment)null);
				return;
			case CasesPackage.SERVICE_CASE__OFFICE:
				setOffice((Office)null);
				return;
			case CasesPackage.SERVICE_CASE__CALENDAR:
				setCalendar((BusinessCalendar)null);
				return;
			case CasesPackage.SERVICE_CASE__PLAN:
				setPlan((EscalationPlan)null);
				return;
			case CasesPackage.SERVICE_CASE__ASSIGNEE:
				setAssignee((Engineer)null);
				return;
			case CasesPackage.SERVICE_CASE__ASSIGNED_AT:
				setAssignedAt(ASSIGNED_AT_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__RESPONDED_AT:
				setRespondedAt(RESPONDED_AT_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__DIAGNOSED_AT:
				setDiagnosedAt(DIAGNOSED_AT_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__RESOLVED_AT:
				setResolvedAt(RESOLVED_AT_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__CLOSED_AT:
				setClosedAt(CLOSED_AT_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__SATISFACTION:
				setSatisfaction(SATISFACTION_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__SATISFACTION_COMMENT:
				setSatisfactionComment(SATISFACTION_COMMENT_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__FAULT_CAUSE:
				setFaultCause(FAULT_CAUSE_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__RESOLUTION_METHOD:
				setResolutionMethod(RESOLUTION_METHOD_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__LOSSES:
				setLosses(LOSSES_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__COMPLAINT_OPEN:
				setComplaintOpen(COMPLAINT_OPEN_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__PAUSES:
				getPauses().clear();
				return;
			case CasesPackage.SERVICE_CASE__ACTIVITIES:
				getActivities().clear();
				return;
			case CasesPackage.SERVICE_CASE__LOG_LENGTH:
				setLogLength(LOG_LENGTH_EDEFAULT);
				return;
			case CasesPackage.SERVICE_CASE__LOG_HEAD:
				setLogHead(LOG_HEAD_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CasesPackage.SERVICE_CASE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CasesPackage.SERVICE_CASE__CHANNEL:
				return CHANNEL_EDEFAULT == null ? channel != null : !CHANNEL_EDEFAULT.equals(channel);
			case CasesPackage.SERVICE_CASE__KIND:
				return kind != KIND_EDEFAULT;
			case CasesPackage.SERVICE_CASE__CASE_TYPE:
				return CASE_TYPE_EDEFAULT == null ? caseType != null : !CASE_TYPE_EDEFAULT.equals(caseType);
			case CasesPackage.SERVICE_CASE__DEFECT_CLASS:
				return defectClass != DEFECT_CLASS_EDEFAULT;
			case CasesPackage.SERVICE_CASE__STATUS:
				return status != STATUS_EDEFAULT;
			case CasesPackage.SERVICE_CASE__STATUS_SINCE:
				return STATUS_SINCE_EDEFAULT == null ? statusSince != null : !STATUS_SINCE_EDEFAULT.equals(statusSince);
			case CasesPackage.SERVICE_CASE__SEVERITY:
				return SEVERITY_EDEFAULT == null ? severity != null : !SEVERITY_EDEFAULT.equals(severity);
			case CasesPackage.SERVICE_CASE__OPENED_AT:
				return OPENED_AT_EDEFAULT == null ? openedAt != null : !OPENED_AT_EDEFAULT.equals(openedAt);
			case CasesPackage.SERVICE_CASE__OPENED_BY:
				return OPENED_BY_EDEFAULT == null ? openedBy != null : !OPENED_BY_EDEFAULT.equals(openedBy);
			case CasesPackage.SERVICE_CASE__CALLER_NAME:
				return CALLER_NAME_EDEFAULT == null ? callerName != null : !CALLER_NAME_EDEFAULT.equals(callerName);
			case CasesPackage.SERVICE_CASE__CALLER_COMPANY:
				return CALLER_COMPANY_EDEFAULT == null ? callerCompany != null : !CALLER_COMPANY_EDEFAULT.equals(callerCompany);
			case CasesPackage.SERVICE_CASE__CALLER_PHONE:
				return CALLER_PHONE_EDEFAULT == null ? callerPhone != null : !CALLER_PHONE_EDEFAULT.equals(callerPhone);
			case CasesPackage.SERVICE_CASE__CALLER_EMAIL:
				return CALLER_EMAIL_EDEFAULT == null ? callerEmail != null : !CALLER_EMAIL_EDEFAULT.equals(callerEmail);
			case CasesPackage.SERVICE_CASE__CONTRACT_NUMBER:
				return CONTRACT_NUMBER_EDEFAULT == null ? contractNumber != null : !CONTRACT_NUMBER_EDEFAULT.equals(contractNumber);
			case CasesPackage.SERVICE_CASE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasesPackage.SERVICE_CASE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CasesPackage.SERVICE_CASE__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case CasesPackage.SERVICE_CASE__CUSTOMER:
				return customer != null;
			case CasesPackage.SERVICE_CASE__SITE:
				return site != null;
			case CasesPackage.SERVICE_CASE__CONTRACT:
				return contract != null;
			case CasesPackage.SERVICE_CASE__EQUIPMENT:
				return equipment != null;
			case CasesPackage.SERVICE_CASE__OFFICE:
				return office != null;
			case CasesPackage.SERVICE_CASE__CALENDAR:
				return calendar != null;
			case CasesPackage.SERVICE_CASE__PLAN:
				return plan != null;
			case CasesPackage.SERVICE_CASE__ASSIGNEE:
				return assignee != null;
			case CasesPackage.SERVICE_CASE__ASSIGNED_AT:
				return ASSIGNED_AT_EDEFAULT == null ? assignedAt != null : !ASSIGNED_AT_EDEFAULT.equals(assignedAt);
			case CasesPackage.SERVICE_CASE__RESPONDED_AT:
				return RESPONDED_AT_EDEFAULT == null ? respondedAt != null : !RESPONDED_AT_EDEFAULT.equals(respondedAt);
			case CasesPackage.SERVICE_CASE__DIAGNOSED_AT:
				return DIAGNOSED_AT_EDEFAULT == null ? diagnosedAt != null : !DIAGNOSED_AT_EDEFAULT.equals(diagnosedAt);
			case CasesPackage.SERVICE_CASE__RESOLVED_AT:
				return RESOLVED_AT_EDEFAULT == null ? resolvedAt != null : !RESOLVED_AT_EDEFAULT.equals(resolvedAt);
			case CasesPackage.SERVICE_CASE__CLOSED_AT:
				return CLOSED_AT_EDEFAULT == null ? closedAt != null : !CLOSED_AT_EDEFAULT.equals(closedAt);
			case CasesPackage.SERVICE_CASE__SATISFACTION:
				return SATISFACTION_EDEFAULT == null ? satisfaction != null : !SATISFACTION_EDEFAULT.equals(satisfaction);
			case CasesPackage.SERVICE_CASE__SATISFACTION_COMMENT:
				return SATISFACTION_COMMENT_EDEFAULT == null ? satisfactionComment != null : !SATISFACTION_COMMENT_EDEFAULT.equals(satisfactionComment);
			case CasesPackage.SERVICE_CASE__FAULT_CAUSE:
				return FAULT_CAUSE_EDEFAULT == null ? faultCause != null : !FAULT_CAUSE_EDEFAULT.equals(faultCause);
			case CasesPackage.SERVICE_CASE__RESOLUTION_METHOD:
				return RESOLUTION_METHOD_EDEFAULT == null ? resolutionMethod != null : !RESOLUTION_METHOD_EDEFAULT.equals(resolutionMethod);
			case CasesPackage.SERVICE_CASE__LOSSES:
				return LOSSES_EDEFAULT == null ? losses != null : !LOSSES_EDEFAULT.equals(losses);
			case CasesPackage.SERVICE_CASE__COMPLAINT_OPEN:
				return complaintOpen != COMPLAINT_OPEN_EDEFAULT;
			case CasesPackage.SERVICE_CASE__PAUSES:
				return pauses != null && !pauses.isEmpty();
			case CasesPackage.SERVICE_CASE__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case CasesPackage.SERVICE_CASE__LOG_LENGTH:
				return logLength != LOG_LENGTH_EDEFAULT;
			case CasesPackage.SERVICE_CASE__LOG_HEAD:
				return LOG_HEAD_EDEFAULT == null ? logHead != null : !LOG_HEAD_EDEFAULT.equals(logHead);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", channel: ");
		result.append(channel);
		result.append(", kind: ");
		result.append(kind);
		result.append(", caseType: ");
		result.append(caseType);
		result.append(", defectClass: ");
		result.append(defectClass);
		result.append(", status: ");
		result.append(status);
		result.append(", statusSince: ");
		result.append(statusSince);
		result.append(", severity: ");
		result.append(severity);
		result.append(", openedAt: ");
		result.append(openedAt);
		result.append(", openedBy: ");
		result.append(openedBy);
		result.append(", callerName: ");
		result.append(callerName);
		result.append(", callerCompany: ");
		result.append(callerCompany);
		result.append(", callerPhone: ");
		result.append(callerPhone);
		result.append(", callerEmail: ");
		result.append(callerEmail);
		result.append(", contractNumber: ");
		result.append(contractNumber);
		result.append(", title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", assignedAt: ");
		result.append(assignedAt);
		result.append(", respondedAt: ");
		result.append(respondedAt);
		result.append(", diagnosedAt: ");
		result.append(diagnosedAt);
		result.append(", resolvedAt: ");
		result.append(resolvedAt);
		result.append(", closedAt: ");
		result.append(closedAt);
		result.append(", satisfaction: ");
		result.append(satisfaction);
		result.append(", satisfactionComment: ");
		result.append(satisfactionComment);
		result.append(", faultCause: ");
		result.append(faultCause);
		result.append(", resolutionMethod: ");
		result.append(resolutionMethod);
		result.append(", losses: ");
		result.append(losses);
		result.append(", complaintOpen: ");
		result.append(complaintOpen);
		result.append(", logLength: ");
		result.append(logLength);
		result.append(", logHead: ");
		result.append(logHead);
		result.append(')');
		return result.toString();
	}

} //ServiceCaseImpl
