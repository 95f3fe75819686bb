/**
 */
package org.opsbench.cases.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sla Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reminder, warning, breach or escalation, recorded once per case and key even with several workbenches. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.SlaEvent#getServiceCaseId <em>Service Case Id</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SlaEvent#getEventKey <em>Event Key</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SlaEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SlaEvent#getDueAt <em>Due At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SlaEvent#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SlaEvent#getRole <em>Role</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SlaEvent#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getSlaEvent()
 * @model annotation="http://opsbench.org/persistence unique='serviceCaseId,eventKey'"
 * @generated
 */
public interface SlaEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Service Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the case. The case aggregate is named by its id, not referenced: the SLA evaluation records events in bulk without loading their cases, and reading events never loads a case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Case Id</em>' attribute.
	 * @see #setServiceCaseId(long)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaEvent_ServiceCaseId()
	 * @model required="true"
	 * @generated
	 */
	long getServiceCaseId();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaEvent#getServiceCaseId <em>Service Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Case Id</em>' attribute.
	 * @see #getServiceCaseId()
	 * @generated
	 */
	void setServiceCaseId(long value);

	/**
	 * Returns the value of the '<em><b>Event Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was recorded, e.g. escalation:P1:240.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Key</em>' attribute.
	 * @see #setEventKey(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaEvent_EventKey()
	 * @model required="true"
	 * @generated
	 */
	String getEventKey();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaEvent#getEventKey <em>Event Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Key</em>' attribute.
	 * @see #getEventKey()
	 * @generated
	 */
	void setEventKey(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.SlaEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.opsbench.cases.model.SlaEventKind
	 * @see #setKind(SlaEventKind)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaEvent_Kind()
	 * @model
	 * @generated
	 */
	SlaEventKind getKind();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.opsbench.cases.model.SlaEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SlaEventKind value);

	/**
	 * Returns the value of the '<em><b>Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it fell due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due At</em>' attribute.
	 * @see #setDueAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaEvent_DueAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getDueAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaEvent#getDueAt <em>Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due At</em>' attribute.
	 * @see #getDueAt()
	 * @generated
	 */
	void setDueAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When a workbench recorded it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded At</em>' attribute.
	 * @see #setRecordedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaEvent_RecordedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getRecordedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaEvent#getRecordedAt <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded At</em>' attribute.
	 * @see #getRecordedAt()
	 * @generated
	 */
	void setRecordedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role notified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaEvent_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaEvent#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Workbench that recorded it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded By</em>' attribute.
	 * @see #setRecordedBy(String)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaEvent_RecordedBy()
	 * @model
	 * @generated
	 */
	String getRecordedBy();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaEvent#getRecordedBy <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' attribute.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(String value);

} // SlaEvent
