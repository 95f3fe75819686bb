/**
 */
package org.opsbench.cases.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.EscalationMode;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.EscalationStep;
import org.opsbench.cases.model.SeverityScheme;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Escalation Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.impl.EscalationPlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.EscalationPlanImpl#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.EscalationPlanImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.EscalationPlanImpl#getWarningPercent <em>Warning Percent</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.EscalationPlanImpl#getReminderMinutes <em>Reminder Minutes</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.EscalationPlanImpl#getReassignMinutes <em>Reassign Minutes</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.EscalationPlanImpl#getPausingStatuses <em>Pausing Statuses</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.EscalationPlanImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EscalationPlanImpl extends PersistentObject implements EscalationPlan {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScheme() <em>Scheme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected SeverityScheme scheme;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final EscalationMode MODE_EDEFAULT = EscalationMode.SINCE_OPENED;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected EscalationMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarningPercent() <em>Warning Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarningPercent()
	 * @generated
	 * @ordered
	 */
	protected static final int WARNING_PERCENT_EDEFAULT = 80;

	/**
	 * The cached value of the '{@link #getWarningPercent() <em>Warning Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarningPercent()
	 * @generated
	 * @ordered
	 */
	protected int warningPercent = WARNING_PERCENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReminderMinutes() <em>Reminder Minutes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReminderMinutes()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> reminderMinutes;

	/**
	 * The default value of the '{@link #getReassignMinutes() <em>Reassign Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReassignMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int REASSIGN_MINUTES_EDEFAULT = 45;

	/**
	 * The cached value of the '{@link #getReassignMinutes() <em>Reassign Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReassignMinutes()
	 * @generated
	 * @ordered
	 */
	protected int reassignMinutes = REASSIGN_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPausingStatuses() <em>Pausing Statuses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPausingStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseStatus> pausingStatuses;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<EscalationStep> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EscalationPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.ESCALATION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ESCALATION_PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityScheme getScheme() {
		if (scheme != null && scheme.eIsProxy()) {
			InternalEObject oldScheme = (InternalEObject)scheme;
			scheme = (SeverityScheme)eResolveProxy(oldScheme);
			if (scheme != oldScheme) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.ESCALATION_PLAN__SCHEME, oldScheme, scheme));
			}
		}
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SeverityScheme basicGetScheme() {
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheme(SeverityScheme newScheme) {
		SeverityScheme oldScheme = scheme;
		scheme = newScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ESCALATION_PLAN__SCHEME, oldScheme, scheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(EscalationMode newMode) {
		EscalationMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ESCALATION_PLAN__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWarningPercent() {
		return warningPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarningPercent(int newWarningPercent) {
		int oldWarningPercent = warningPercent;
		warningPercent = newWarningPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ESCALATION_PLAN__WARNING_PERCENT, oldWarningPercent, warningPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getReminderMinutes() {
		if (reminderMinutes == null) {
			reminderMinutes = new EDataTypeUniqueEList<Integer>(Integer.class, this, CasesPackage.ESCALATION_PLAN__REMINDER_MINUTES);
		}
		return reminderMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReassignMinutes() {
		return reassignMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReassignMinutes(int newReassignMinutes) {
		int oldReassignMinutes = reassignMinutes;
		reassignMinutes = newReassignMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.ESCALATION_PLAN__REASSIGN_MINUTES, oldReassignMinutes, reassignMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseStatus> getPausingStatuses() {
		if (pausingStatuses == null) {
			pausingStatuses = new EDataTypeUniqueEList<CaseStatus>(CaseStatus.class, this, CasesPackage.ESCALATION_PLAN__PAUSING_STATUSES);
		}
		return pausingStatuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EscalationStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<EscalationStep>(EscalationStep.class, this, CasesPackage.ESCALATION_PLAN__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasesPackage.ESCALATION_PLAN__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case CasesPackage.ESCALATION_PLAN__NAME:
				return getName();
			case CasesPackage.ESCALATION_PLAN__SCHEME:
				if (resolve) return getScheme();
				return basicGetScheme();
			case CasesPackage.ESCALATION_PLAN__MODE:
				return getMode();
			case CasesPackage.ESCALATION_PLAN__WARNING_PERCENT:
				return getWarningPercent();
			case CasesPackage.ESCALATION_PLAN__REMINDER_MINUTES:
				return getReminderMinutes();
			case CasesPackage.ESCALATION_PLAN__REASSIGN_MINUTES:
				return getReassignMinutes();
			case CasesPackage.ESCALATION_PLAN__PAUSING_STATUSES:
				return getPausingStatuses();
			case CasesPackage.ESCALATION_PLAN__STEPS:
				return getSteps();
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
			case CasesPackage.ESCALATION_PLAN__NAME:
				setName((String)newValue);
				return;
			case CasesPackage.ESCALATION_PLAN__SCHEME:
				setScheme((SeverityScheme)newValue);
				return;
			case CasesPackage.ESCALATION_PLAN__MODE:
				setMode((EscalationMode)newValue);
				return;
			case CasesPackage.ESCALATION_PLAN__WARNING_PERCENT:
				setWarningPercent((Integer)newValue);
				return;
			case CasesPackage.ESCALATION_PLAN__REMINDER_MINUTES:
				getReminderMinutes().clear();
				getReminderMinutes().addAll((Collection<? extends Integer>)newValue);
				return;
			case CasesPackage.ESCALATION_PLAN__REASSIGN_MINUTES:
				setReassignMinutes((Integer)newValue);
				return;
			case CasesPackage.ESCALATION_PLAN__PAUSING_STATUSES:
				getPausingStatuses().clear();
				getPausingStatuses().addAll((Collection<? extends CaseStatus>)newValue);
				return;
			case CasesPackage.ESCALATION_PLAN__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends EscalationStep>)newValue);
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
			case CasesPackage.ESCALATION_PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasesPackage.ESCALATION_PLAN__SCHEME:
				setScheme((SeverityScheme)null);
				return;
			case CasesPackage.ESCALATION_PLAN__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case CasesPackage.ESCALATION_PLAN__WARNING_PERCENT:
				setWarningPercent(WARNING_PERCENT_EDEFAULT);
				return;
			case CasesPackage.ESCALATION_PLAN__REMINDER_MINUTES:
				getReminderMinutes().clear();
				return;
			case CasesPackage.ESCALATION_PLAN__REASSIGN_MINUTES:
				setReassignMinutes(REASSIGN_MINUTES_EDEFAULT);
				return;
			case CasesPackage.ESCALATION_PLAN__PAUSING_STATUSES:
				getPausingStatuses().clear();
				return;
			case CasesPackage.ESCALATION_PLAN__STEPS:
				getSteps().clear();
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
			case CasesPackage.ESCALATION_PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasesPackage.ESCALATION_PLAN__SCHEME:
				return scheme != null;
			case CasesPackage.ESCALATION_PLAN__MODE:
				return mode != MODE_EDEFAULT;
			case CasesPackage.ESCALATION_PLAN__WARNING_PERCENT:
				return warningPercent != WARNING_PERCENT_EDEFAULT;
			case CasesPackage.ESCALATION_PLAN__REMINDER_MINUTES:
				return reminderMinutes != null && !reminderMinutes.isEmpty();
			case CasesPackage.ESCALATION_PLAN__REASSIGN_MINUTES:
				return reassignMinutes != REASSIGN_MINUTES_EDEFAULT;
			case CasesPackage.ESCALATION_PLAN__PAUSING_STATUSES:
				return pausingStatuses != null && !pausingStatuses.isEmpty();
			case CasesPackage.ESCALATION_PLAN__STEPS:
				return steps != null && !steps.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", mode: ");
		result.append(mode);
		result.append(", warningPercent: ");
		result.append(warningPercent);
		result.append(", reminderMinutes: ");
		result.append(reminderMinutes);
		result.append(", reassignMinutes: ");
		result.append(reassignMinutes);
		result.append(", pausingStatuses: ");
		result.append(pausingStatuses);
		result.append(')');
		return result.toString();
	}

} //EscalationPlanImpl
