/**
 */
package org.opsbench.cases.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.SlaPause;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sla Pause</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.impl.SlaPauseImpl#getPausedAt <em>Paused At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SlaPauseImpl#getResumedAt <em>Resumed At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.SlaPauseImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SlaPauseImpl extends PersistentObject implements SlaPause {
	/**
	 * The default value of the '{@link #getPausedAt() <em>Paused At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPausedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PAUSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPausedAt() <em>Paused At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPausedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant pausedAt = PAUSED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResumedAt() <em>Resumed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResumedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RESUMED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResumedAt() <em>Resumed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResumedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant resumedAt = RESUMED_AT_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SlaPauseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.SLA_PAUSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPausedAt() {
		return pausedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPausedAt(Instant newPausedAt) {
		Instant oldPausedAt = pausedAt;
		pausedAt = newPausedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_PAUSE__PAUSED_AT, oldPausedAt, pausedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getResumedAt() {
		return resumedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResumedAt(Instant newResumedAt) {
		Instant oldResumedAt = resumedAt;
		resumedAt = newResumedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_PAUSE__RESUMED_AT, oldResumedAt, resumedAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.SLA_PAUSE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.SLA_PAUSE__PAUSED_AT:
				return getPausedAt();
			case CasesPackage.SLA_PAUSE__RESUMED_AT:
				return getResumedAt();
			case CasesPackage.SLA_PAUSE__STATUS:
				return getStatus();
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
			case CasesPackage.SLA_PAUSE__PAUSED_AT:
				setPausedAt((Instant)newValue);
				return;
			case CasesPackage.SLA_PAUSE__RESUMED_AT:
				setResumedAt((Instant)newValue);
				return;
			case CasesPackage.SLA_PAUSE__STATUS:
				setStatus((CaseStatus)newValue);
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
			case CasesPackage.SLA_PAUSE__PAUSED_AT:
				setPausedAt(PAUSED_AT_EDEFAULT);
				return;
			case CasesPackage.SLA_PAUSE__RESUMED_AT:
				setResumedAt(RESUMED_AT_EDEFAULT);
				return;
			case CasesPackage.SLA_PAUSE__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case CasesPackage.SLA_PAUSE__PAUSED_AT:
				return PAUSED_AT_EDEFAULT == null ? pausedAt != null : !PAUSED_AT_EDEFAULT.equals(pausedAt);
			case CasesPackage.SLA_PAUSE__RESUMED_AT:
				return RESUMED_AT_EDEFAULT == null ? resumedAt != null : !RESUMED_AT_EDEFAULT.equals(resumedAt);
			case CasesPackage.SLA_PAUSE__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (pausedAt: ");
		result.append(pausedAt);
		result.append(", resumedAt: ");
		result.append(resumedAt);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //SlaPauseImpl
