/**
 */
package org.opsbench.notifications.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Notifications: an outbox of messages to deliver by e-mail, SMS or in the workbench, with retry and back-off, and the delivery settings.
 * <!-- end-model-doc -->
 * @see org.opsbench.notifications.model.NotificationsFactory
 * @model kind="package"
 *        annotation="http://opsbench.org/persistence schemaVersion='1'"
 * @generated
 */
public interface NotificationsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://opsbench.org/notifications/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "notifications";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NotificationsPackage eINSTANCE = org.opsbench.notifications.model.impl.NotificationsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.opsbench.notifications.model.impl.OutboxMessageImpl <em>Outbox Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.notifications.model.impl.OutboxMessageImpl
	 * @see org.opsbench.notifications.model.impl.NotificationsPackageImpl#getOutboxMessage()
	 * @generated
	 */
	int OUTBOX_MESSAGE = 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__CHANNEL = 0;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__RECIPIENT = 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__BODY = 3;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__REFERENCE = 4;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__CREATED_AT = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__ATTEMPTS = 7;

	/**
	 * The feature id for the '<em><b>Next Attempt At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__NEXT_ATTEMPT_AT = 8;

	/**
	 * The feature id for the '<em><b>Claimed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__CLAIMED_BY = 9;

	/**
	 * The feature id for the '<em><b>Claimed Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__CLAIMED_UNTIL = 10;

	/**
	 * The feature id for the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__SENT_AT = 11;

	/**
	 * The feature id for the '<em><b>Read At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__READ_AT = 12;

	/**
	 * The feature id for the '<em><b>Last Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE__LAST_ERROR = 13;

	/**
	 * The number of structural features of the '<em>Outbox Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Outbox Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOX_MESSAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl <em>Delivery Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.notifications.model.impl.DeliverySettingsImpl
	 * @see org.opsbench.notifications.model.impl.NotificationsPackageImpl#getDeliverySettings()
	 * @generated
	 */
	int DELIVERY_SETTINGS = 1;

	/**
	 * The feature id for the '<em><b>Smtp Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__SMTP_HOST = 0;

	/**
	 * The feature id for the '<em><b>Smtp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__SMTP_PORT = 1;

	/**
	 * The feature id for the '<em><b>Smtp Start Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__SMTP_START_TLS = 2;

	/**
	 * The feature id for the '<em><b>Smtp User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__SMTP_USER = 3;

	/**
	 * The feature id for the '<em><b>Smtp Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__SMTP_PASSWORD = 4;

	/**
	 * The feature id for the '<em><b>Sender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__SENDER = 5;

	/**
	 * The feature id for the '<em><b>Sms Gateway Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__SMS_GATEWAY_URL = 6;

	/**
	 * The feature id for the '<em><b>Sms Gateway Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__SMS_GATEWAY_TOKEN = 7;

	/**
	 * The feature id for the '<em><b>Max Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__MAX_ATTEMPTS = 8;

	/**
	 * The feature id for the '<em><b>First Retry Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__FIRST_RETRY_SECONDS = 9;

	/**
	 * The feature id for the '<em><b>Max Retry Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__MAX_RETRY_SECONDS = 10;

	/**
	 * The feature id for the '<em><b>Connect Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS__CONNECT_TIMEOUT_SECONDS = 11;

	/**
	 * The number of structural features of the '<em>Delivery Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Delivery Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.notifications.model.DeliveryStatus <em>Delivery Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.notifications.model.DeliveryStatus
	 * @see org.opsbench.notifications.model.impl.NotificationsPackageImpl#getDeliveryStatus()
	 * @generated
	 */
	int DELIVERY_STATUS = 2;

	/**
	 * The meta object id for the '<em>Timestamp</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.opsbench.notifications.model.impl.NotificationsPackageImpl#getTimestamp()
	 * @generated
	 */
	int TIMESTAMP = 3;


	/**
	 * Returns the meta object for class '{@link org.opsbench.notifications.model.OutboxMessage <em>Outbox Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outbox Message</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage
	 * @generated
	 */
	EClass getOutboxMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getChannel()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getRecipient()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getSubject()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getBody()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getReference()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getCreatedAt()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getStatus()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getAttempts <em>Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attempts</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getAttempts()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_Attempts();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getNextAttemptAt <em>Next Attempt At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Attempt At</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getNextAttemptAt()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_NextAttemptAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getClaimedBy <em>Claimed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Claimed By</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getClaimedBy()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_ClaimedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getClaimedUntil <em>Claimed Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Claimed Until</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getClaimedUntil()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_ClaimedUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getSentAt <em>Sent At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sent At</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getSentAt()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_SentAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getReadAt <em>Read At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read At</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getReadAt()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_ReadAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.OutboxMessage#getLastError <em>Last Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Error</em>'.
	 * @see org.opsbench.notifications.model.OutboxMessage#getLastError()
	 * @see #getOutboxMessage()
	 * @generated
	 */
	EAttribute getOutboxMessage_LastError();

	/**
	 * Returns the meta object for class '{@link org.opsbench.notifications.model.DeliverySettings <em>Delivery Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delivery Settings</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings
	 * @generated
	 */
	EClass getDeliverySettings();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getSmtpHost <em>Smtp Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smtp Host</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getSmtpHost()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_SmtpHost();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getSmtpPort <em>Smtp Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smtp Port</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getSmtpPort()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_SmtpPort();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#isSmtpStartTls <em>Smtp Start Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smtp Start Tls</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#isSmtpStartTls()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_SmtpStartTls();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getSmtpUser <em>Smtp User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smtp User</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getSmtpUser()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_SmtpUser();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getSmtpPassword <em>Smtp Password</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smtp Password</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getSmtpPassword()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_SmtpPassword();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getSender <em>Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sender</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getSender()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_Sender();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getSmsGatewayUrl <em>Sms Gateway Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sms Gateway Url</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getSmsGatewayUrl()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_SmsGatewayUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getSmsGatewayToken <em>Sms Gateway Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sms Gateway Token</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getSmsGatewayToken()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_SmsGatewayToken();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getMaxAttempts <em>Max Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Attempts</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getMaxAttempts()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_MaxAttempts();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getFirstRetrySeconds <em>First Retry Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Retry Seconds</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getFirstRetrySeconds()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_FirstRetrySeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getMaxRetrySeconds <em>Max Retry Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Retry Seconds</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getMaxRetrySeconds()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_MaxRetrySeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.notifications.model.DeliverySettings#getConnectTimeoutSeconds <em>Connect Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connect Timeout Seconds</em>'.
	 * @see org.opsbench.notifications.model.DeliverySettings#getConnectTimeoutSeconds()
	 * @see #getDeliverySettings()
	 * @generated
	 */
	EAttribute getDeliverySettings_ConnectTimeoutSeconds();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.notifications.model.DeliveryStatus <em>Delivery Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Delivery Status</em>'.
	 * @see org.opsbench.notifications.model.DeliveryStatus
	 * @generated
	 */
	EEnum getDeliveryStatus();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time (UTC), stored as a SQL timestamp.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Timestamp</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getTimestamp();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NotificationsFactory getNotificationsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.opsbench.notifications.model.impl.OutboxMessageImpl <em>Outbox Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.notifications.model.impl.OutboxMessageImpl
		 * @see org.opsbench.notifications.model.impl.NotificationsPackageImpl#getOutboxMessage()
		 * @generated
		 */
		EClass OUTBOX_MESSAGE = eINSTANCE.getOutboxMessage();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__CHANNEL = eINSTANCE.getOutboxMessage_Channel();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__RECIPIENT = eINSTANCE.getOutboxMessage_Recipient();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__SUBJECT = eINSTANCE.getOutboxMessage_Subject();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__BODY = eINSTANCE.getOutboxMessage_Body();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__REFERENCE = eINSTANCE.getOutboxMessage_Reference();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__CREATED_AT = eINSTANCE.getOutboxMessage_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__STATUS = eINSTANCE.getOutboxMessage_Status();

		/**
		 * The meta object literal for the '<em><b>Attempts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__ATTEMPTS = eINSTANCE.getOutboxMessage_Attempts();

		/**
		 * The meta object literal for the '<em><b>Next Attempt At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__NEXT_ATTEMPT_AT = eINSTANCE.getOutboxMessage_NextAttemptAt();

		/**
		 * The meta object literal for the '<em><b>Claimed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__CLAIMED_BY = eINSTANCE.getOutboxMessage_ClaimedBy();

		/**
		 * The meta object literal for the '<em><b>Claimed Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__CLAIMED_UNTIL = eINSTANCE.getOutboxMessage_ClaimedUntil();

		/**
		 * The meta object literal for the '<em><b>Sent At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__SENT_AT = eINSTANCE.getOutboxMessage_SentAt();

		/**
		 * The meta object literal for the '<em><b>Read At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__READ_AT = eINSTANCE.getOutboxMessage_ReadAt();

		/**
		 * The meta object literal for the '<em><b>Last Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOX_MESSAGE__LAST_ERROR = eINSTANCE.getOutboxMessage_LastError();

		/**
		 * The meta object literal for the '{@link org.opsbench.notifications.model.impl.DeliverySettingsImpl <em>Delivery Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.notifications.model.impl.DeliverySettingsImpl
		 * @see org.opsbench.notifications.model.impl.NotificationsPackageImpl#getDeliverySettings()
		 * @generated
		 */
		EClass DELIVERY_SETTINGS = eINSTANCE.getDeliverySettings();

		/**
		 * The meta object literal for the '<em><b>Smtp Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__SMTP_HOST = eINSTANCE.getDeliverySettings_SmtpHost();

		/**
		 * The meta object literal for the '<em><b>Smtp Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__SMTP_PORT = eINSTANCE.getDeliverySettings_SmtpPort();

		/**
		 * The meta object literal for the '<em><b>Smtp Start Tls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__SMTP_START_TLS = eINSTANCE.getDeliverySettings_SmtpStartTls();

		/**
		 * The meta object literal for the '<em><b>Smtp User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__SMTP_USER = eINSTANCE.getDeliverySettings_SmtpUser();

		/**
		 * The meta object literal for the '<em><b>Smtp Password</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__SMTP_PASSWORD = eINSTANCE.getDeliverySettings_SmtpPassword();

		/**
		 * The meta object literal for the '<em><b>Sender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__SENDER = eINSTANCE.getDeliverySettings_Sender();

		/**
		 * The meta object literal for the '<em><b>Sms Gateway Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__SMS_GATEWAY_URL = eINSTANCE.getDeliverySettings_SmsGatewayUrl();

		/**
		 * The meta object literal for the '<em><b>Sms Gateway Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__SMS_GATEWAY_TOKEN = eINSTANCE.getDeliverySettings_SmsGatewayToken();

		/**
		 * The meta object literal for the '<em><b>Max Attempts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__MAX_ATTEMPTS = eINSTANCE.getDeliverySettings_MaxAttempts();

		/**
		 * The meta object literal for the '<em><b>First Retry Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__FIRST_RETRY_SECONDS = eINSTANCE.getDeliverySettings_FirstRetrySeconds();

		/**
		 * The meta object literal for the '<em><b>Max Retry Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__MAX_RETRY_SECONDS = eINSTANCE.getDeliverySettings_MaxRetrySeconds();

		/**
		 * The meta object literal for the '<em><b>Connect Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_SETTINGS__CONNECT_TIMEOUT_SECONDS = eINSTANCE.getDeliverySettings_ConnectTimeoutSeconds();

		/**
		 * The meta object literal for the '{@link org.opsbench.notifications.model.DeliveryStatus <em>Delivery Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.notifications.model.DeliveryStatus
		 * @see org.opsbench.notifications.model.impl.NotificationsPackageImpl#getDeliveryStatus()
		 * @generated
		 */
		EEnum DELIVERY_STATUS = eINSTANCE.getDeliveryStatus();

		/**
		 * The meta object literal for the '<em>Timestamp</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.opsbench.notifications.model.impl.NotificationsPackageImpl#getTimestamp()
		 * @generated
		 */
		EDataType TIMESTAMP = eINSTANCE.getTimestamp();

	}

} //NotificationsPackage
