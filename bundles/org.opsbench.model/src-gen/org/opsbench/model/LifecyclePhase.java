/**
 */
package org.opsbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Lifecycle Phase</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Phase of the customer project the contract belongs to.
 * <!-- end-model-doc -->
 * @see org.opsbench.model.OpsPackage#getLifecyclePhase()
 * @model
 * @generated
 */
public enum LifecyclePhase implements Enumerator {
	/**
	 * The '<em><b>SUPPLY AND ACCEPTANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equipment supplied and accepted on site (设备供给、验收).
	 * <!-- end-model-doc -->
	 * @see #SUPPLY_AND_ACCEPTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLY_AND_ACCEPTANCE(0, "SUPPLY_AND_ACCEPTANCE", "supply-and-acceptance"),

	/**
	 * The '<em><b>INSTALLATION AND COMMISSIONING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Installation and commissioning (安装、调试).
	 * <!-- end-model-doc -->
	 * @see #INSTALLATION_AND_COMMISSIONING_VALUE
	 * @generated
	 * @ordered
	 */
	INSTALLATION_AND_COMMISSIONING(1, "INSTALLATION_AND_COMMISSIONING", "installation-and-commissioning"),

	/**
	 * The '<em><b>TRIAL RUN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trial run (试运行).
	 * <!-- end-model-doc -->
	 * @see #TRIAL_RUN_VALUE
	 * @generated
	 * @ordered
	 */
	TRIAL_RUN(2, "TRIAL_RUN", "trial-run"),

	/**
	 * The '<em><b>IN WARRANTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Final acceptance passed, within the hardware warranty (保修期内).
	 * <!-- end-model-doc -->
	 * @see #IN_WARRANTY_VALUE
	 * @generated
	 * @ordered
	 */
	IN_WARRANTY(3, "IN_WARRANTY", "in-warranty"),

	/**
	 * The '<em><b>OUT OF WARRANTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Warranty ended (保修期外).
	 * <!-- end-model-doc -->
	 * @see #OUT_OF_WARRANTY_VALUE
	 * @generated
	 * @ordered
	 */
	OUT_OF_WARRANTY(4, "OUT_OF_WARRANTY", "out-of-warranty");

	/**
	 * The '<em><b>SUPPLY AND ACCEPTANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equipment supplied and accepted on site (设备供给、验收).
	 * <!-- end-model-doc -->
	 * @see #SUPPLY_AND_ACCEPTANCE
	 * @model literal="supply-and-acceptance"
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLY_AND_ACCEPTANCE_VALUE = 0;

	/**
	 * The '<em><b>INSTALLATION AND COMMISSIONING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Installation and commissioning (安装、调试).
	 * <!-- end-model-doc -->
	 * @see #INSTALLATION_AND_COMMISSIONING
	 * @model literal="installation-and-commissioning"
	 * @generated
	 * @ordered
	 */
	public static final int INSTALLATION_AND_COMMISSIONING_VALUE = 1;

	/**
	 * The '<em><b>TRIAL RUN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trial run (试运行).
	 * <!-- end-model-doc -->
	 * @see #TRIAL_RUN
	 * @model literal="trial-run"
	 * @generated
	 * @ordered
	 */
	public static final int TRIAL_RUN_VALUE = 2;

	/**
	 * The '<em><b>IN WARRANTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Final acceptance passed, within the hardware warranty (保修期内).
	 * <!-- end-model-doc -->
	 * @see #IN_WARRANTY
	 * @model literal="in-warranty"
	 * @generated
	 * @ordered
	 */
	public static final int IN_WARRANTY_VALUE = 3;

	/**
	 * The '<em><b>OUT OF WARRANTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Warranty ended (保修期外).
	 * <!-- end-model-doc -->
	 * @see #OUT_OF_WARRANTY
	 * @model literal="out-of-warranty"
	 * @generated
	 * @ordered
	 */
	public static final int OUT_OF_WARRANTY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Lifecycle Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LifecyclePhase[] VALUES_ARRAY =
		new LifecyclePhase[] {
			SUPPLY_AND_ACCEPTANCE,
			INSTALLATION_AND_COMMISSIONING,
			TRIAL_RUN,
			IN_WARRANTY,
			OUT_OF_WARRANTY,
		};

	/**
	 * A public read-only list of all the '<em><b>Lifecycle Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LifecyclePhase> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Lifecycle Phase</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifecyclePhase get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LifecyclePhase result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lifecycle Phase</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifecyclePhase getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LifecyclePhase result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lifecycle Phase</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifecyclePhase get(int value) {
		switch (value) {
			case SUPPLY_AND_ACCEPTANCE_VALUE: return SUPPLY_AND_ACCEPTANCE;
			case INSTALLATION_AND_COMMISSIONING_VALUE: return INSTALLATION_AND_COMMISSIONING;
			case TRIAL_RUN_VALUE: return TRIAL_RUN;
			case IN_WARRANTY_VALUE: return IN_WARRANTY;
			case OUT_OF_WARRANTY_VALUE: return OUT_OF_WARRANTY;
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
	private LifecyclePhase(int value, String name, String literal) {
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
	
} //LifecyclePhase
