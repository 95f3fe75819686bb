/**
 */
package org.opsbench.notifications.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.opsbench.notifications.model.DeliverySettings;
import org.opsbench.notifications.model.DeliveryStatus;
import org.opsbench.notifications.model.NotificationsFactory;
import org.opsbench.notifications.model.NotificationsPackage;
import org.opsbench.notifications.model.OutboxMessage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NotificationsPackageImpl extends EPackageImpl implements NotificationsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outboxMessageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deliverySettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deliveryStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType timestampEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.opsbench.notifications.model.NotificationsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NotificationsPackageImpl() {
		super(eNS_URI, NotificationsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link NotificationsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NotificationsPackage init() {
		if (isInited) return (NotificationsPackage)EPackage.Registry.INSTANCE.getEPackage(NotificationsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNotificationsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NotificationsPackageImpl theNotificationsPackage = registeredNotificationsPackage instanceof NotificationsPackageImpl ? (NotificationsPackageImpl)registeredNotificationsPackage : new NotificationsPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theNotificationsPackage.createPackageContents();

		// Initialize created meta-data
		theNotificationsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theNotificationsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NotificationsPackage.eNS_URI, theNotificationsPackage);
		return theNotificationsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutboxMessage() {
		return outboxMessageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_Channel() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_Recipient() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_Subject() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_Body() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_Reference() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_CreatedAt() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_Status() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_Attempts() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_NextAttemptAt() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_ClaimedBy() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_ClaimedUntil() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_SentAt() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_ReadAt() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboxMessage_LastError() {
		return (EAttribute)outboxMessageEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeliverySettings() {
		return deliverySettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_SmtpHost() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_SmtpPort() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_SmtpStartTls() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_SmtpUser() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_SmtpPassword() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_Sender() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_SmsGatewayUrl() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_SmsGatewayToken() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_MaxAttempts() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_FirstRetrySeconds() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_MaxRetrySeconds() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverySettings_ConnectTimeoutSeconds() {
		return (EAttribute)deliverySettingsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeliveryStatus() {
		return deliveryStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTimestamp() {
		return timestampEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationsFactory getNotificationsFactory() {
		return (NotificationsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		outboxMessageEClass = createEClass(OUTBOX_MESSAGE);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__CHANNEL);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__RECIPIENT);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__SUBJECT);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__BODY);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__REFERENCE);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__CREATED_AT);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__STATUS);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__ATTEMPTS);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__NEXT_ATTEMPT_AT);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__CLAIMED_BY);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__CLAIMED_UNTIL);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__SENT_AT);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__READ_AT);
		createEAttribute(outboxMessageEClass, OUTBOX_MESSAGE__LAST_ERROR);

		deliverySettingsEClass = createEClass(DELIVERY_SETTINGS);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__SMTP_HOST);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__SMTP_PORT);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__SMTP_START_TLS);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__SMTP_USER);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__SMTP_PASSWORD);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__SENDER);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__SMS_GATEWAY_URL);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__SMS_GATEWAY_TOKEN);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__MAX_ATTEMPTS);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__FIRST_RETRY_SECONDS);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__MAX_RETRY_SECONDS);
		createEAttribute(deliverySettingsEClass, DELIVERY_SETTINGS__CONNECT_TIMEOUT_SECONDS);

		// Create enums
		deliveryStatusEEnum = createEEnum(DELIVERY_STATUS);

		// Create data types
		timestampEDataType = createEDataType(TIMESTAMP);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(outboxMessageEClass, OutboxMessage.class, "OutboxMessage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutboxMessage_Channel(), ecorePackage.getEString(), "channel", null, 1, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_Recipient(), ecorePackage.getEString(), "recipient", null, 1, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_Body(), ecorePackage.getEString(), "body", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_CreatedAt(), this.getTimestamp(), "createdAt", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_Status(), this.getDeliveryStatus(), "status", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_Attempts(), ecorePackage.getEInt(), "attempts", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_NextAttemptAt(), this.getTimestamp(), "nextAttemptAt", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_ClaimedBy(), ecorePackage.getEString(), "claimedBy", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_ClaimedUntil(), this.getTimestamp(), "claimedUntil", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_SentAt(), this.getTimestamp(), "sentAt", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_ReadAt(), this.getTimestamp(), "readAt", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutboxMessage_LastError(), ecorePackage.getEString(), "lastError", null, 0, 1, OutboxMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deliverySettingsEClass, DeliverySettings.class, "DeliverySettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeliverySettings_SmtpHost(), ecorePackage.getEString(), "smtpHost", null, 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_SmtpPort(), ecorePackage.getEInt(), "smtpPort", "25", 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_SmtpStartTls(), ecorePackage.getEBoolean(), "smtpStartTls", null, 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_SmtpUser(), ecorePackage.getEString(), "smtpUser", null, 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_SmtpPassword(), ecorePackage.getEString(), "smtpPassword", null, 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_Sender(), ecorePackage.getEString(), "sender", null, 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_SmsGatewayUrl(), ecorePackage.getEString(), "smsGatewayUrl", null, 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_SmsGatewayToken(), ecorePackage.getEString(), "smsGatewayToken", null, 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_MaxAttempts(), ecorePackage.getEInt(), "maxAttempts", "10", 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_FirstRetrySeconds(), ecorePackage.getEInt(), "firstRetrySeconds", "60", 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_MaxRetrySeconds(), ecorePackage.getEInt(), "maxRetrySeconds", "3600", 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverySettings_ConnectTimeoutSeconds(), ecorePackage.getEInt(), "connectTimeoutSeconds", "20", 0, 1, DeliverySettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(deliveryStatusEEnum, DeliveryStatus.class, "DeliveryStatus");
		addEEnumLiteral(deliveryStatusEEnum, DeliveryStatus.PENDING);
		addEEnumLiteral(deliveryStatusEEnum, DeliveryStatus.SENT);
		addEEnumLiteral(deliveryStatusEEnum, DeliveryStatus.FAILED);

		// Initialize data types
		initEDataType(timestampEDataType, Instant.class, "Timestamp", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://opsbench.org/persistence
		createPersistenceAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://opsbench.org/persistence</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createPersistenceAnnotations() {
		String source = "http://opsbench.org/persistence";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "schemaVersion", "1"
		   });
		addAnnotation
		  (getOutboxMessage_Recipient(),
		   source,
		   new String[] {
			   "length", "320"
		   });
		addAnnotation
		  (getOutboxMessage_Subject(),
		   source,
		   new String[] {
			   "length", "500"
		   });
		addAnnotation
		  (getOutboxMessage_Body(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getOutboxMessage_LastError(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getDeliverySettings_SmsGatewayUrl(),
		   source,
		   new String[] {
			   "length", "500"
		   });
		addAnnotation
		  (getDeliverySettings_SmsGatewayToken(),
		   source,
		   new String[] {
			   "length", "500"
		   });
	}

} //NotificationsPackageImpl
