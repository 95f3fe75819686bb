/**
 */
package org.opsbench.cases.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.cases.model.CaseSettings;
import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.EscalationPlan;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.impl.CaseSettingsImpl#getNumberPattern <em>Number Pattern</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.CaseSettingsImpl#getSatisfiedScore <em>Satisfied Score</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.CaseSettingsImpl#getDefaultPlan <em>Default Plan</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseSettingsImpl extends PersistentObject implements CaseSettings {
	/**
	 * The default value of the '{@link #getNumberPattern() <em>Number Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_PATTERN_EDEFAULT = "C-{yyyyMMdd}-{seq:4}";

	/**
	 * The cached value of the '{@link #getNumberPattern() <em>Number Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberPattern()
	 * @generated
	 * @ordered
	 */
	protected String numberPattern = NUMBER_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSatisfiedScore() <em>Satisfied Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfiedScore()
	 * @generated
	 * @ordered
	 */
	protected static final int SATISFIED_SCORE_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getSatisfiedScore() <em>Satisfied Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfiedScore()
	 * @generated
	 * @ordered
	 */
	protected int satisfiedScore = SATISFIED_SCORE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDefaultPlan() <em>Default Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultPlan()
	 * @generated
	 * @ordered
	 */
	protected EscalationPlan defaultPlan;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.CASE_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumberPattern() {
		return numberPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberPattern(String newNumberPattern) {
		String oldNumberPattern = numberPattern;
		numberPattern = newNumberPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE_SETTINGS__NUMBER_PATTERN, oldNumberPattern, numberPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSatisfiedScore() {
		return satisfiedScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfiedScore(int newSatisfiedScore) {
		int oldSatisfiedScore = satisfiedScore;
		satisfiedScore = newSatisfiedScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE_SETTINGS__SATISFIED_SCORE, oldSatisfiedScore, satisfiedScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationPlan getDefaultPlan() {
		if (defaultPlan != null && defaultPlan.eIsProxy()) {
			InternalEObject oldDefaultPlan = (InternalEObject)defaultPlan;
			defaultPlan = (EscalationPlan)eResolveProxy(oldDefaultPlan);
			if (defaultPlan != oldDefaultPlan) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.CASE_SETTINGS__DEFAULT_PLAN, oldDefaultPlan, defaultPlan));
			}
		}
		return defaultPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EscalationPlan basicGetDefaultPlan() {
		return defaultPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultPlan(EscalationPlan newDefaultPlan) {
		EscalationPlan oldDefaultPlan = defaultPlan;
		defaultPlan = newDefaultPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE_SETTINGS__DEFAULT_PLAN, oldDefaultPlan, defaultPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.CASE_SETTINGS__NUMBER_PATTERN:
				return getNumberPattern();
			case CasesPackage.CASE_SETTINGS__SATISFIED_SCORE:
				return getSatisfiedScore();
			case CasesPackage.CASE_SETTINGS__DEFAULT_PLAN:
				if (resolve) return getDefaultPlan();
				return basicGetDefaultPlan();
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
			case CasesPackage.CASE_SETTINGS__NUMBER_PATTERN:
				setNumberPattern((String)newValue);
				return;
			case CasesPackage.CASE_SETTINGS__SATISFIED_SCORE:
				setSatisfiedScore((Integer)newValue);
				return;
			case CasesPackage.CASE_SETTINGS__DEFAULT_PLAN:
				setDefaultPlan((EscalationPlan)newValue);
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
			case CasesPackage.CASE_SETTINGS__NUMBER_PATTERN:
				setNumberPattern(NUMBER_PATTERN_EDEFAULT);
				return;
			case CasesPackage.CASE_SETTINGS__SATISFIED_SCORE:
				setSatisfiedScore(SATISFIED_SCORE_EDEFAULT);
				return;
			case CasesPackage.CASE_SETTINGS__DEFAULT_PLAN:
				setDefaultPlan((EscalationPlan)null);
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
			case CasesPackage.CASE_SETTINGS__NUMBER_PATTERN:
				return NUMBER_PATTERN_EDEFAULT == null ? numberPattern != null : !NUMBER_PATTERN_EDEFAULT.equals(numberPattern);
			case CasesPackage.CASE_SETTINGS__SATISFIED_SCORE:
				return satisfiedScore != SATISFIED_SCORE_EDEFAULT;
			case CasesPackage.CASE_SETTINGS__DEFAULT_PLAN:
				return defaultPlan != null;
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
		result.append(" (numberPattern: ");
		result.append(numberPattern);
		result.append(", satisfiedScore: ");
		result.append(satisfiedScore);
		result.append(')');
		return result.toString();
	}

} //CaseSettingsImpl
