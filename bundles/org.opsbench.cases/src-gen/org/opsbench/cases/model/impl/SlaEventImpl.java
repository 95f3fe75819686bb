/**
 */
package org.opsbench.cases.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.cases.model.SlaEventKind;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sla Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.impl.SlaEventImpl#getServiceCaseId <em>Service Case Id</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SlaEventImpl#getEventKey <em>Event Key</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SlaEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SlaEventImpl#getDueAt <em>Due At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SlaEventImpl#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SlaEventImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SlaEventImpl#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SlaEventImpl extends PersistentObject implements SlaEvent {
	/**
	 * The default value of the '{@link #getServiceCaseId() <em>Service Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCaseId()
	 * @generated
	 * @ordered
	 */
	protected static final long SERVICE_CASE_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getServiceCaseId() <em>Service Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCaseId()
	 * @generated
	 * @ordered
	 */
	protected long serviceCaseId = SERVICE_CASE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventKey() <em>Event Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventKey()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEventKey() <em>Event Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventKey()
	 * @generated
	 * @ordered
	 */
	protected String eventKey = EVENT_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SlaEventKind KIND_EDEFAULT = SlaEventKind.REMINDER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SlaEventKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueAt() <em>Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DUE_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueAt() <em>Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueAt()
	 * @generated
	 * @ordered
	 */
	protected Instant dueAt = DUE_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RECORDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant recordedAt = RECORDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordedBy() <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordedBy() <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedBy()
	 * @generated
	 * @ordered
	 */
	protected String recordedBy = RECORDED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SlaEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.SLA_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getServiceCaseId() {
		return serviceCaseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceCaseId(long newServiceCaseId) {
		long oldServiceCaseId = serviceCaseId;
		serviceCaseId = newServiceCaseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_EVENT__SERVICE_CASE_ID, oldServiceCaseId, serviceCaseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEventKey() {
		return eventKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventKey(String newEventKey) {
		String oldEventKey = eventKey;
		eventKey = newEventKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_EVENT__EVENT_KEY, oldEventKey, eventKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlaEventKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SlaEventKind newKind) {
		SlaEventKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDueAt() {
		return dueAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueAt(Instant newDueAt) {
		Instant oldDueAt = dueAt;
		dueAt = newDueAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_EVENT__DUE_AT, oldDueAt, dueAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRecordedAt() {
		return recordedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedAt(Instant newRecordedAt) {
		Instant oldRecordedAt = recordedAt;
		recordedAt = newRecordedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_EVENT__RECORDED_AT, oldRecordedAt, recordedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_EVENT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordedBy() {
		return recordedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedBy(String newRecordedBy) {
		String oldRecordedBy = recordedBy;
		recordedBy = newRecordedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_EVENT__RECORDED_BY, oldRecordedBy, recordedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.SLA_EVENT__SERVICE_CASE_ID:
				return getServiceCaseId();
			case CasesPackage.SLA_EVENT__EVENT_KEY:
				return getEventKey();
			case CasesPackage.SLA_EVENT__KIND:
				return getKind();
			case CasesPackage.SLA_EVENT__DUE_AT:
				return getDueAt();
			case CasesPackage.SLA_EVENT__RECORDED_AT:
				return getRecordedAt();
			case CasesPackage.SLA_EVENT__ROLE:
				return getRole();
			case CasesPackage.SLA_EVENT__RECORDED_BY:
				return getRecordedBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasesPackage.SLA_EVENT__SERVICE_CASE_ID:
				setServiceCaseId((Long)newValue);
				return;
			case CasesPackage.SLA_EVENT__EVENT_KEY:
				setEventKey((String)newValue);
				return;
			case CasesPackage.SLA_EVENT__KIND:
				setKind((SlaEventKind)newValue);
				return;
			case CasesPackage.SLA_EVENT__DUE_AT:
				setDueAt((Instant)newValue);
				return;
			case CasesPackage.SLA_EVENT__RECORDED_AT:
				setRecordedAt((Instant)newValue);
				return;
			case CasesPackage.SLA_EVENT__ROLE:
				setRole((String)newValue);
				return;
			case CasesPackage.SLA_EVENT__RECORDED_BY:
				setRecordedBy((String)newValue);
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
			case CasesPackage.SLA_EVENT__SERVICE_CASE_ID:
				setServiceCaseId(SERVICE_CASE_ID_EDEFAULT);
				return;
			case CasesPackage.SLA_EVENT__EVENT_KEY:
				setEventKey(EVENT_KEY_EDEFAULT);
				return;
			case CasesPackage.SLA_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CasesPackage.SLA_EVENT__DUE_AT:
				setDueAt(DUE_AT_EDEFAULT);
				return;
			case CasesPackage.SLA_EVENT__RECORDED_AT:
				setRecordedAt(RECORDED_AT_EDEFAULT);
				return;
			case CasesPackage.SLA_EVENT__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case CasesPackage.SLA_EVENT__RECORDED_BY:
				setRecordedBy(RECORDED_BY_EDEFAULT);
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
			case CasesPackage.SLA_EVENT__SERVICE_CASE_ID:
				return serviceCaseId != SERVICE_CASE_ID_EDEFAULT;
			case CasesPackage.SLA_EVENT__EVENT_KEY:
				return EVENT_KEY_EDEFAULT == null ? eventKey != null : !EVENT_KEY_EDEFAULT.equals(eventKey);
			case CasesPackage.SLA_EVENT__KIND:
				return kind != KIND_EDEFAULT;
			case CasesPackage.SLA_EVENT__DUE_AT:
				return DUE_AT_EDEFAULT == null ? dueAt != null : !DUE_AT_EDEFAULT.equals(dueAt);
			case CasesPackage.SLA_EVENT__RECORDED_AT:
				return RECORDED_AT_EDEFAULT == null ? recordedAt != null : !RECORDED_AT_EDEFAULT.equals(recordedAt);
			case CasesPackage.SLA_EVENT__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case CasesPackage.SLA_EVENT__RECORDED_BY:
				return RECORDED_BY_EDEFAULT == null ? recordedBy != null : !RECORDED_BY_EDEFAULT.equals(recordedBy);
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
		result.append(" (serviceCaseId: ");
		result.append(serviceCaseId);
		result.append(", eventKey: ");
		result.append(eventKey);
		result.append(", kind: ");
		result.append(kind);
		result.append(", dueAt: ");
		result.append(dueAt);
		result.append(", recordedAt: ");
		result.append(recordedAt);
		result.append(", role: ");
		result.append(role);
		result.append(", recordedBy: ");
		result.append(recordedBy);
		result.append(')');
		return result.toString();
	}

} //SlaEventImpl
