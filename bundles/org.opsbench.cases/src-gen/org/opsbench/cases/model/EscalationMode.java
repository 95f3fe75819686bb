/**
 */
package org.opsbench.cases.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Escalation Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How escalation time is counted.
 * <!-- end-model-doc -->
 * @see org.opsbench.cases.model.CasesPackage#getEscalationMode()
 * @model
 * @generated
 */
public enum EscalationMode implements Enumerator {
	/**
	 * The '<em><b>SINCE OPENED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working time since the case was opened, without diagnosis
	 * <!-- end-model-doc -->
	 * @see #SINCE_OPENED_VALUE
	 * @generated
	 * @ordered
	 */
	SINCE_OPENED(0, "SINCE_OPENED", "sinceOpened"),

	/**
	 * The '<em><b>PER STEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each handling step gets its own time limit; escalation goes up one level per overrun
	 * <!-- end-model-doc -->
	 * @see #PER_STEP_VALUE
	 * @generated
	 * @ordered
	 */
	PER_STEP(1, "PER_STEP", "perStep");

	/**
	 * The '<em><b>SINCE OPENED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working time since the case was opened, without diagnosis
	 * <!-- end-model-doc -->
	 * @see #SINCE_OPENED
	 * @model literal="sinceOpened"
	 * @generated
	 * @ordered
	 */
	public static final int SINCE_OPENED_VALUE = 0;

	/**
	 * The '<em><b>PER STEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each handling step gets its own time limit; escalation goes up one level per overrun
	 * <!-- end-model-doc -->
	 * @see #PER_STEP
	 * @model literal="perStep"
	 * @generated
	 * @ordered
	 */
	public static final int PER_STEP_VALUE = 1;

	/**
	 * An array of all the '<em><b>Escalation Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EscalationMode[] VALUES_ARRAY =
		new EscalationMode[] {
			SINCE_OPENED,
			PER_STEP,
		};

	/**
	 * A public read-only list of all the '<em><b>Escalation Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EscalationMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Escalation Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EscalationMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Escalation Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EscalationMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Escalation Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationMode get(int value) {
		switch (value) {
			case SINCE_OPENED_VALUE: return SINCE_OPENED;
			case PER_STEP_VALUE: return PER_STEP;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EscalationMode(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EscalationMode
