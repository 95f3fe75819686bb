/**
 */
package org.opsbench.topology.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Media</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a port or link carries.
 * <!-- end-model-doc -->
 * @see org.opsbench.topology.model.TopologyPackage#getMedia()
 * @model
 * @generated
 */
public enum Media implements Enumerator {
	/**
	 * The '<em><b>COPPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copper (RJ45)
	 * <!-- end-model-doc -->
	 * @see #COPPER_VALUE
	 * @generated
	 * @ordered
	 */
	COPPER(0, "COPPER", "copper"),

	/**
	 * The '<em><b>FIBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fibre
	 * <!-- end-model-doc -->
	 * @see #FIBER_VALUE
	 * @generated
	 * @ordered
	 */
	FIBER(1, "FIBER", "fiber"),

	/**
	 * The '<em><b>WIRELESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wireless
	 * <!-- end-model-doc -->
	 * @see #WIRELESS_VALUE
	 * @generated
	 * @ordered
	 */
	WIRELESS(2, "WIRELESS", "wireless"),

	/**
	 * The '<em><b>SERIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Serial or leased line
	 * <!-- end-model-doc -->
	 * @see #SERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	SERIAL(3, "SERIAL", "serial"),

	/**
	 * The '<em><b>VIRTUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual (tunnel, VLAN interface)
	 * <!-- end-model-doc -->
	 * @see #VIRTUAL_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTUAL(4, "VIRTUAL", "virtual");

	/**
	 * The '<em><b>COPPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copper (RJ45)
	 * <!-- end-model-doc -->
	 * @see #COPPER
	 * @model literal="copper"
	 * @generated
	 * @ordered
	 */
	public static final int COPPER_VALUE = 0;

	/**
	 * The '<em><b>FIBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fibre
	 * <!-- end-model-doc -->
	 * @see #FIBER
	 * @model literal="fiber"
	 * @generated
	 * @ordered
	 */
	public static final int FIBER_VALUE = 1;

	/**
	 * The '<em><b>WIRELESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wireless
	 * <!-- end-model-doc -->
	 * @see #WIRELESS
	 * @model literal="wireless"
	 * @generated
	 * @ordered
	 */
	public static final int WIRELESS_VALUE = 2;

	/**
	 * The '<em><b>SERIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Serial or leased line
	 * <!-- end-model-doc -->
	 * @see #SERIAL
	 * @model literal="serial"
	 * @generated
	 * @ordered
	 */
	public static final int SERIAL_VALUE = 3;

	/**
	 * The '<em><b>VIRTUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual (tunnel, VLAN interface)
	 * <!-- end-model-doc -->
	 * @see #VIRTUAL
	 * @model literal="virtual"
	 * @generated
	 * @ordered
	 */
	public static final int VIRTUAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Media</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Media[] VALUES_ARRAY =
		new Media[] {
			COPPER,
			FIBER,
			WIRELESS,
			SERIAL,
			VIRTUAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Media</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Media> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Media</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Media get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Media result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Media</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Media getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Media result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Media</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Media get(int value) {
		switch (value) {
			case COPPER_VALUE: return COPPER;
			case FIBER_VALUE: return FIBER;
			case WIRELESS_VALUE: return WIRELESS;
			case SERIAL_VALUE: return SERIAL;
			case VIRTUAL_VALUE: return VIRTUAL;
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
	private Media(int value, String name, String literal) {
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
	
} //Media
