/**
 */
package org.opsbench.cases.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sla Event Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Something the SLA evaluation records once per case.
 * <!-- end-model-doc -->
 * @see org.opsbench.cases.model.CasesPackage#getSlaEventKind()
 * @model
 * @generated
 */
public enum SlaEventKind implements Enumerator {
	/**
	 * The '<em><b>REMINDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reminder to the dispatcher that nobody has responded yet
	 * <!-- end-model-doc -->
	 * @see #REMINDER_VALUE
	 * @generated
	 * @ordered
	 */
	REMINDER(0, "REMINDER", "reminder"),

	/**
	 * The '<em><b>REASSIGN PROPOSAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proposal to reassign the case
	 * <!-- end-model-doc -->
	 * @see #REASSIGN_PROPOSAL_VALUE
	 * @generated
	 * @ordered
	 */
	REASSIGN_PROPOSAL(1, "REASSIGN_PROPOSAL", "reassignProposal"),

	/**
	 * The '<em><b>BREACH WARNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Warning that a target is close to breach
	 * <!-- end-model-doc -->
	 * @see #BREACH_WARNING_VALUE
	 * @generated
	 * @ordered
	 */
	BREACH_WARNING(2, "BREACH_WARNING", "breachWarning"),

	/**
	 * The '<em><b>BREACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A target was missed
	 * <!-- end-model-doc -->
	 * @see #BREACH_VALUE
	 * @generated
	 * @ordered
	 */
	BREACH(3, "BREACH", "breach"),

	/**
	 * The '<em><b>ESCALATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Escalation to a role
	 * <!-- end-model-doc -->
	 * @see #ESCALATION_VALUE
	 * @generated
	 * @ordered
	 */
	ESCALATION(4, "ESCALATION", "escalation");

	/**
	 * The '<em><b>REMINDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reminder to the dispatcher that nobody has responded yet
	 * <!-- end-model-doc -->
	 * @see #REMINDER
	 * @model literal="reminder"
	 * @generated
	 * @ordered
	 */
	public static final int REMINDER_VALUE = 0;

	/**
	 * The '<em><b>REASSIGN PROPOSAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proposal to reassign the case
	 * <!-- end-model-doc -->
	 * @see #REASSIGN_PROPOSAL
	 * @model literal="reassignProposal"
	 * @generated
	 * @ordered
	 */
	public static final int REASSIGN_PROPOSAL_VALUE = 1;

	/**
	 * The '<em><b>BREACH WARNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Warning that a target is close to breach
	 * <!-- end-model-doc -->
	 * @see #BREACH_WARNING
	 * @model literal="breachWarning"
	 * @generated
	 * @ordered
	 */
	public static final int BREACH_WARNING_VALUE = 2;

	/**
	 * The '<em><b>BREACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A target was missed
	 * <!-- end-model-doc -->
	 * @see #BREACH
	 * @model literal="breach"
	 * @generated
	 * @ordered
	 */
	public static final int BREACH_VALUE = 3;

	/**
	 * The '<em><b>ESCALATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Escalation to a role
	 * <!-- end-model-doc -->
	 * @see #ESCALATION
	 * @model literal="escalation"
	 * @generated
	 * @ordered
	 */
	public static final int ESCALATION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Sla Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SlaEventKind[] VALUES_ARRAY =
		new SlaEventKind[] {
			REMINDER,
			REASSIGN_PROPOSAL,
			BREACH_WARNING,
			BREACH,
			ESCALATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Sla Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SlaEventKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sla Event Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SlaEventKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SlaEventKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sla Event Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SlaEventKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SlaEventKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sla Event Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SlaEventKind get(int value) {
		switch (value) {
			case REMINDER_VALUE: return REMINDER;
			case REASSIGN_PROPOSAL_VALUE: return REASSIGN_PROPOSAL;
			case BREACH_WARNING_VALUE: return BREACH_WARNING;
			case BREACH_VALUE: return BREACH;
			case ESCALATION_VALUE: return ESCALATION;
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
	private SlaEventKind(int value, String name, String literal) {
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
	
} //SlaEventKind
