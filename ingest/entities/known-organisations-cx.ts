/**
 * Customer-relationship outsourcing (BPO, contact centres, CX), and the software vendors they buy from (CCaaS,
 * CRM, workforce management, conversational AI), written from general knowledge.
 */
// prettier-ignore
export const CUSTOMER_EXPERIENCE_ORGANISATIONS: readonly string[] = [
  // BPO and contact-centre operators
  'Teleperformance SE', 'Concentrix', 'Concentrix + Webhelp', 'Webhelp', 'Majorel', 'Foundever', 'Sitel',
  'Sitel Group', 'Sykes', 'Sykes Enterprises', 'TTEC', 'TeleTech', 'Alorica', 'Conduent', 'Genpact', 'WNS',
  'Firstsource', 'Firstsource Solutions', 'iQor', 'StarTek', 'Startek', 'Aegis', 'Telus International', 'Telus Digital',
  'TaskUs', 'Transcom', 'Arvato', 'Arvato CRM', 'Atento', 'Konecta', 'Comdata', 'Covisian', 'Intelcia', 'Acticall',
  'Acticall Sitel', 'Armatis', 'Armatis-lc', 'Laser Contact', 'Coriolis Service', 'Coriolis Telecom', 'Outsourcia',
  'Phone Group', 'Vocalcom', 'B2S', 'Euro CRM', 'Extens Consulting', 'CCA International', 'Stream Global Services',
  'Convergys', 'Teletech', 'Hinduja Global Solutions', 'HGS', 'Infosys BPM', 'Wipro BPS', 'Tech Mahindra BPS',
  'EXL', 'ExlService', 'Capita Customer Management', 'Serco Customer Services', 'Ubiquity', 'Ibex', 'IBEX', 'Qualfon',
  'ResultsCX', 'Sutherland', 'Sutherland Global Services', 'VXI', 'VXI Global Solutions', 'Helpware', 'SupportNinja',
  'Peak Support', 'Go2Ops', 'Innodata', 'Appen', 'Lionbridge', 'TransPerfect', 'RWS', 'Welocalize', 'Majorel SE',
  'Skill Partners', 'Vivaki', 'Sitel France', 'Webhelp France', 'Teleperformance France', 'Intelcia France',
  'Comdata Group', 'Konecta Group', 'Atento SA', 'Emergia', 'Digital Virgo', 'Bertelsmann Arvato', 'Callpoint',
  'Callcenter Holding', 'Telecontact', 'Sitel Maroc', 'Webhelp Maroc', 'Majorel Maroc', 'Teleperformance Portugal',
  'Ruralshores', 'Startek Aegis', 'Tech Mahindra Business Services', 'Teleperformance Group', 'Foundever Group',
  // contact-centre software (CCaaS, telephony, CX suites)
  'Genesys', 'NICE', 'NICE inContact', 'inContact', 'Five9', 'Talkdesk', 'Avaya',
  'Mitel', 'RingCentral', '8x8', 'Vonage', 'Dialpad', 'Aircall SAS', 'Ringover',
  'Diabolocom', 'Odigo', 'Prosodie', 'Enghouse', 'Enghouse Interactive', 'Content Guru', 'Puzzel', 'Sabio',
  'Calabrio', 'Verint', 'Verint Systems', 'Aspect Software', 'Alvaria', 'Noble Systems', 'LiveVox', 'Sprinklr Inc',
  'Serenova', 'Lifesize', 'Bright Pattern', 'Ameyo', 'Exotel', 'Ozonetel', 'Freshdesk',   'Kustomer', 'Helpscout', 'Help Scout', 'Gorgias', 'iAdvize', 'Zowie',
  'Eloquant', 'Akio', 'Easiware', 'Dimelo', 'Ringcentral', 'Vocalcom SA', 'Xivo', 'Wazo', 'Keyyo', 'Axialys',
  'Kiamo', 'Hermes360', 'Uptoo', 'Zaion', 'Eloquant SAS', 'Calldesk', 'Allo-Media', 'Allo Media', 'Vivoka', 'Batvoice',
  'Cognigy', 'Kore.ai', 'Yellow.ai', 'LivePerson', 'Nuance Communications', 'Observe.AI', 'Uniphore',
  'Cresta', 'ASAPP', 'Balto', 'CallMiner', 'Tethr', 'Level AI', 'Ada Support',   'Netomi', 'Ultimate.ai', 'Boost.ai', 'Botpress', 'Rasa', 'Clustaar', 'Dydu', 'Inbenta', 'Yseop', 'Smartly.ai',
  'Mindsay', 'Playvox', 'Tymeshift', 'Injixo', 'Teleopti',
  'Monet Software', 'Intradiem', 'Evaluagent', 'MaestroQA', 'Klaus', 'Scorebuddy',
  'Medallia Inc', 'InMoment', 'Confirmit', 'Forsta', 'Alchemer', 'Momentive Global', 'Satmetrix',
  'Critizr', 'Goodays', 'Skeepers', 'Avis Vérifiés', 'Trustpilot', 'Feefo', 'Bazaarvoice', 'Yotpo', 'Reputation.com',
  'Birdeye', 'Partoo', 'Guest Suite',
  // CRM, marketing automation and data
  'Salesforce.com',   'Siebel', 'Pegasystems', 'Pega', 'Zoho CRM', 'SugarCRM', 'Creatio', 'Freshsales', 'Insightly',
  'Close.com', 'Salesloft', 'Clari', 'Apollo.io', 'ZoomInfo', 'Lusha', 'Kaspr',
  'Lemlist', 'La Growth Machine', 'Sellsy', 'Axonaut', 'Nocrm', 'Efficy', 'Divalto', 'Selligent', 'Actito',
  'Splio', 'Mapp', 'Emarsys', 'Marketo', 'Eloqua', 'Pardot', 'ActiveCampaign',   'Accengage', 'Tealium', 'mParticle', 'Amplitude', 'Mixpanel', 'Pendo',
  'FullStory', 'Hotjar', 'Quantum Metric', 'Glassbox', 'Commanders Act', 'AT Internet', 'Eulerian',
  'Mediarithmics', 'Zeotap', 'Treasure Data', 'Acquia', 'Sitecore', 'Optimizely', 'Contentful', 'Bloomreach',
  'Dynamic Yield', 'Kameleoon', 'Attraqt', 'Fredhopper', 'Klevu', 'Doofinder', 'Intercom Inc',
];
