-- SPDX-License-Identifier: EUPL-1.2
-- A desktop database as schema version 17 left it (main at 28028a5), filled
-- with the demo data (bw_demo_data_fill, 40 cases, seed 917, and the demo
-- planning): the starting point of the migration tests. Fictitious people.
PRAGMA user_version=17;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO meta VALUES('database_id','0bb717e6-d281-4773-96c2-515d6a195fdd');
CREATE TABLE neighbourhoods (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  wijk_code TEXT,
  wijk_name TEXT,
  heerlen_noord TEXT NOT NULL DEFAULT 'no'
);
INSERT INTO neighbourhoods VALUES('BU09171000','Maria Gewanden','WK091710','Maria Gewanden en Terschuren','core');
INSERT INTO neighbourhoods VALUES('BU09171001','Terschuren','WK091710','Maria Gewanden en Terschuren','core');
INSERT INTO neighbourhoods VALUES('BU09171100','Mariarade-Noord','WK091711','Mariarade','core');
INSERT INTO neighbourhoods VALUES('BU09171101','Mariarade-Zuid','WK091711','Mariarade','core');
INSERT INTO neighbourhoods VALUES('BU09171200','Hoensbroek-Centrum','WK091712','Hoensbroek-De Dem','core');
INSERT INTO neighbourhoods VALUES('BU09171201','De Dem en omgeving','WK091712','Hoensbroek-De Dem','core');
INSERT INTO neighbourhoods VALUES('BU09171300','Nieuw Lotbroek-Noord','WK091713','Nieuw Lotbroek','core');
INSERT INTO neighbourhoods VALUES('BU09171301','Nieuw Lotbroek-Zuid','WK091713','Nieuw Lotbroek','core');
INSERT INTO neighbourhoods VALUES('BU09171400','De Koumen','WK091714','De Koumen','core');
INSERT INTO neighbourhoods VALUES('BU09172000','Weggebekker','WK091720','Vrieheide-De Stack','core');
INSERT INTO neighbourhoods VALUES('BU09172001','Uterweg','WK091720','Vrieheide-De Stack','core');
INSERT INTO neighbourhoods VALUES('BU09172002','Nieuw-Einde','WK091720','Vrieheide-De Stack','core');
INSERT INTO neighbourhoods VALUES('BU09172003','Versiliënbosch','WK091720','Vrieheide-De Stack','core');
INSERT INTO neighbourhoods VALUES('BU09172004','Vrieheide','WK091720','Vrieheide-De Stack','core');
INSERT INTO neighbourhoods VALUES('BU09172100','Passart','WK091721','Heerlerheide-Passart','core');
INSERT INTO neighbourhoods VALUES('BU09172101','Heerlerheide-Kom','WK091721','Heerlerheide-Passart','core');
INSERT INTO neighbourhoods VALUES('BU09172200','Heksenberg','WK091722','Heksenberg','core');
INSERT INTO neighbourhoods VALUES('BU09172201','Pronsebroek','WK091722','Heksenberg','core');
INSERT INTO neighbourhoods VALUES('BU09172300','Schrieversheide','WK091723','De Hei','core');
INSERT INTO neighbourhoods VALUES('BU09172400','Rennemig','WK091724','Rennemig-Beersdal','core');
INSERT INTO neighbourhoods VALUES('BU09172401','Beersdal','WK091724','Rennemig-Beersdal','core');
INSERT INTO neighbourhoods VALUES('BU09172402','Schelsberg','WK091724','Rennemig-Beersdal','core');
INSERT INTO neighbourhoods VALUES('BU09173000','Husken','WK091730','Zeswegen-Nieuw Husken','likely');
INSERT INTO neighbourhoods VALUES('BU09173001','Zeswegen','WK091730','Zeswegen-Nieuw Husken','likely');
INSERT INTO neighbourhoods VALUES('BU09173002','In de Cramer','WK091730','Zeswegen-Nieuw Husken','likely');
INSERT INTO neighbourhoods VALUES('BU09173100','Musschemig','WK091731','Schandelen-Grasbroek','likely');
INSERT INTO neighbourhoods VALUES('BU09173101','Grasbroek','WK091731','Schandelen-Grasbroek','likely');
INSERT INTO neighbourhoods VALUES('BU09173102','Schandelen','WK091731','Schandelen-Grasbroek','likely');
INSERT INTO neighbourhoods VALUES('BU09173103','Hoppersgraaf','WK091731','Schandelen-Grasbroek','likely');
INSERT INTO neighbourhoods VALUES('BU09173200','Palemig','WK091732','Meezenbroek-Schaesbergerveld','likely');
INSERT INTO neighbourhoods VALUES('BU09173201','Burettestraat en omgeving','WK091732','Meezenbroek-Schaesbergerveld','likely');
INSERT INTO neighbourhoods VALUES('BU09173202','Meezenbroek','WK091732','Meezenbroek-Schaesbergerveld','likely');
INSERT INTO neighbourhoods VALUES('BU09173203','Schaesbergerveld','WK091732','Meezenbroek-Schaesbergerveld','likely');
INSERT INTO neighbourhoods VALUES('BU09173300','Heerlen-Centrum','WK091733','Heerlen-Centrum','no');
INSERT INTO neighbourhoods VALUES('BU09173301','Op de Nobel','WK091733','Heerlen-Centrum','no');
INSERT INTO neighbourhoods VALUES('BU09173302','''t Loon','WK091733','Heerlen-Centrum','no');
INSERT INTO neighbourhoods VALUES('BU09173303','Lindeveld','WK091733','Heerlen-Centrum','no');
INSERT INTO neighbourhoods VALUES('BU09173400','Eikenderveld','WK091734','Eikenderveld','uncertain');
INSERT INTO neighbourhoods VALUES('BU09173500','Ten Esschen','WK091735','Woonboulevard-Ten Esschen','uncertain');
INSERT INTO neighbourhoods VALUES('BU09173600','Terworm','WK091736','Welten-Benzenrade','no');
INSERT INTO neighbourhoods VALUES('BU09173601','Welten-Dorp','WK091736','Welten-Benzenrade','no');
INSERT INTO neighbourhoods VALUES('BU09173602','Ziekenhuis','WK091736','Welten-Benzenrade','no');
INSERT INTO neighbourhoods VALUES('BU09173603','Benzenrade','WK091736','Welten-Benzenrade','no');
INSERT INTO neighbourhoods VALUES('BU09173700','Bekkerveld','WK091737','Bekkerveld','no');
INSERT INTO neighbourhoods VALUES('BU09173701','Aarveld','WK091737','Bekkerveld','no');
INSERT INTO neighbourhoods VALUES('BU09173800','Caumerveld','WK091738','Caumerveld-Douve Weien','no');
INSERT INTO neighbourhoods VALUES('BU09173801','Douve Weien','WK091738','Caumerveld-Douve Weien','no');
INSERT INTO neighbourhoods VALUES('BU09173900','Molenbergpark','WK091739','Molenberg','no');
INSERT INTO neighbourhoods VALUES('BU09173901','Dr Nolensplein en omgeving','WK091739','Molenberg','no');
INSERT INTO neighbourhoods VALUES('BU09173902','Dr Schaepmanplein en omgeving','WK091739','Molenberg','no');
INSERT INTO neighbourhoods VALUES('BU09173903','Schiffelerveld','WK091739','Molenberg','no');
INSERT INTO neighbourhoods VALUES('BU09174000','Heerlerbaan-Oost','WK091740','Heerlerbaan-Centrum','no');
INSERT INTO neighbourhoods VALUES('BU09174100','Egstraat en omgeving','WK091741','Heerlerbaan-Schil','no');
INSERT INTO neighbourhoods VALUES('BU09174101','Giesenveld','WK091741','Heerlerbaan-Schil','no');
INSERT INTO neighbourhoods VALUES('BU09174102','Heerlerbaan-West','WK091741','Heerlerbaan-Schil','no');
INSERT INTO neighbourhoods VALUES('BU09174103','Imstenrade','WK091741','Heerlerbaan-Schil','no');
INSERT INTO neighbourhoods VALUES('BU09174200','De Beitel','WK091742','De Beitel','no');
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  date_of_birth TEXT,
  address TEXT,
  buurt_code TEXT NOT NULL REFERENCES neighbourhoods (code),
  phone TEXT,
  email TEXT,
  household_size INTEGER NOT NULL DEFAULT 1 CHECK (household_size BETWEEN 1 AND 20),
  household_note TEXT,
  status TEXT NOT NULL DEFAULT 'intake' CHECK (status IN ('intake', 'active', 'closed')),
  track TEXT NOT NULL DEFAULT 'none',
  opened_on TEXT,
  has_debts INTEGER NOT NULL DEFAULT 0,
  debt_amount INTEGER NOT NULL DEFAULT 0 CHECK (debt_amount >= 0),
  debt_route TEXT NOT NULL DEFAULT 'none',
  language_need TEXT NOT NULL DEFAULT 'none',
  outcome TEXT NOT NULL DEFAULT 'none',
  outcome_note TEXT,
  closed_on TEXT
, contact_language TEXT, deletion_reason TEXT, owner INTEGER NOT NULL DEFAULT 0, transfer_to_user INTEGER NOT NULL DEFAULT 0, transfer_to_team INTEGER NOT NULL DEFAULT 0, transfer_note TEXT, transfer_answer TEXT);
INSERT INTO cases VALUES(1,'45625aa7-0bce-4ca3-913b-628dba8aaefa',1,'2026-12-05T18:41:04.648184Z','Sanne Vermeulen','2026-12-05T18:41:04.648184Z','Sanne Vermeulen',0,'Bertha Brouwers','1990-05-08','Akerstraat 86, 6419 XV Heerlen','BU09173300','06-71382921','bertha.brouwers@voorbeeld.nl',3,'echtpaar, 1 kind','active','care','2025-07-03',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(2,'44ea583f-5f6c-4a2d-ba61-30699d9a6b2e',2,'2026-12-05T18:41:04.649412Z','Nadia Bouzerda','2026-12-05T18:41:04.649946Z','Nadia Bouzerda',0,'Karolina Król','1994-10-17','Corisbergweg 61, 6422 RW Heerlen','BU09172100','06-60480721',NULL,4,'alleenstaande moeder met 3 kinderen','active','development','2023-09-24',1,2715818,'team_shv','in_course','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(3,'4a3e4b99-3fe3-4f52-abd9-9cd3e1c8e5d1',1,'2026-12-05T18:41:04.650357Z','Monique Dautzenberg','2026-12-05T18:41:04.650357Z','Monique Dautzenberg',0,'Lieke Kurvers','1973-05-06','Musschemigerweg 35A, 6412 JX Heerlen','BU09173103','06-53152159','lieke.kurvers73@voorbeeld.nl',2,'echtpaar, geen kinderen','active','care','2025-03-08',1,681464,'kbl_amicable','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(4,'069807ac-f2b7-432c-bd44-76397f408c5d',1,'2026-12-05T18:41:04.650988Z','Ricardo Martis','2026-12-05T18:41:04.650988Z','Ricardo Martis',0,'Sanne Houben','1997-05-05','Eikenderweg 75, 6418 JR Heerlen','BU09173400','06-82158729',NULL,2,'echtpaar, geen kinderen','closed','work','2024-03-10',0,0,'none','none','other','Geen ondersteuning meer nodig.','2024-09-26',NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(5,'f0bd9ed7-ed06-4bb0-b6e9-dcf7cec20b0e',1,'2026-12-05T18:41:04.651496Z','Luuk Pelzer','2026-12-05T18:41:04.651496Z','Luuk Pelzer',0,'Romy Crombach','1987-03-22','Eikenderweg 37 B, 6419 JH Heerlen','BU09174000','06-86363530','romy.crombach@voorbeeld.nl',2,'alleenstaande moeder met 1 kind','active','beschut_werk','2025-03-19',1,429831,'team_shv','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(6,'126cb4d1-1061-4728-9228-e68845225e30',1,'2026-12-05T18:41:04.652252Z','Ricardo Martis','2026-12-05T18:41:04.652252Z','Ricardo Martis',0,'Zeynep Doğan','1981-06-05','Schelsberg 148, 6422 MX Heerlen','BU09172000','06-64878851',NULL,1,'alleenstaand','active','care','2026-11-04',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(7,'a41407f8-7087-4b85-b65f-b3c082f75240',1,'2026-12-05T18:41:04.652512Z','Luuk Pelzer','2026-12-05T18:41:04.652512Z','Luuk Pelzer',0,'Monique Crombach','1988-10-03','Dr. Ariënsstraat 6, 6432 PV Hoensbroek','BU09171200','06-50035627','monique.crombach88@voorbeeld.nl',4,'samenwonend, 2 kinderen','active','basisbaan','2025-03-03',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(8,'a15ed161-ad30-48ef-b64b-d4874a48a1c0',1,'2026-12-05T18:41:04.653432Z','Luuk Pelzer','2026-12-05T18:41:04.653432Z','Luuk Pelzer',0,'Naima Benali','1986-05-26','Honigmanstraat 71, 6416 JT Heerlen','BU09173301','06-57433271',NULL,2,'alleenstaande moeder met 1 kind','intake','none','2026-10-27',0,0,'none','suspected','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(9,'35276d85-7275-4578-b5c4-4c4103f0d25c',1,'2026-12-05T18:41:04.653692Z','Luuk Pelzer','2026-12-05T18:41:04.653692Z','Luuk Pelzer',0,'Rob Hamers','1965-09-16','Wilhelminastraat 46, 6433 ZH Hoensbroek','BU09171201','06-84463544','rob.hamers65@voorbeeld.nl',1,'alleenstaand','active','care','2024-07-16',1,2706927,'kbl_statutory','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(10,'53ebeb0f-14b1-4af2-a6d1-6cd95d97d6fc',1,'2026-12-05T18:41:04.653957Z','Luuk Pelzer','2026-12-05T18:41:04.653957Z','Luuk Pelzer',0,'Pieter van der Meer','1968-02-03','Schaesbergerweg 105, 6412 MH Heerlen','BU09173202','06-34074427',NULL,1,'alleenstaand','active','work','2026-07-04',1,1852226,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(11,'8fda0ef3-59b7-4f90-a2f5-340284878b88',1,'2026-12-05T18:41:04.654201Z','Monique Dautzenberg','2026-12-05T18:41:04.654201Z','Monique Dautzenberg',0,'Finy de Wit','1974-08-03','Schelsberg 11, 6413 TB Heerlen','BU09172400','06-16987449',NULL,2,'samenwonend, geen kinderen','active','basisbaan','2025-05-12',1,583434,'team_shv','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(12,'b0eb0a5b-7d08-4a3c-812a-a3869a26fe0b',1,'2026-12-05T18:41:04.654436Z','Nadia Bouzerda','2026-12-05T18:41:04.654436Z','Nadia Bouzerda',0,'Thijs Schijns','1967-06-23','Dr. Ariënsstraat 28A, 6433 GJ Hoensbroek','BU09171000','06-86030948',NULL,6,'echtpaar, 4 kinderen','active','work','2024-09-15',0,0,'none','suspected','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(13,'afc72955-282c-49f0-89c2-50280c5f7d0b',2,'2026-12-05T18:41:04.655294Z','Nadia Bouzerda','2026-12-05T18:41:04.656114Z','Nadia Bouzerda',0,'Naima Bouzid','1995-03-17','Heksenbergerweg 7, 6421 HP Heerlen','BU09172400','06-65938568',NULL,5,'echtpaar, 3 kinderen','active','development','2024-08-29',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(14,'4722d6d4-cab5-4556-8f63-5f83a062003d',1,'2026-12-05T18:41:04.656258Z','Luuk Pelzer','2026-12-05T18:41:04.656258Z','Luuk Pelzer',0,'Mohammad Hamdan','1990-04-29','Randweg 15, 6432 BG Hoensbroek','BU09171000','06-61794148',NULL,1,'alleenstaand','active','work','2023-05-17',1,996467,'none','in_course','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(15,'ea4bc8ee-1373-47b4-af2a-f047e3b18111',1,'2026-12-05T18:41:04.656507Z','Kemal Aksoy','2026-12-05T18:41:04.656507Z','Kemal Aksoy',0,'Shurwin Maduro','1969-01-17','Gebroek 61, 6431 KE Hoensbroek','BU09171000','06-99291899',NULL,4,'echtpaar, 2 kinderen','active','development','2025-04-25',1,1811922,'team_shv','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(16,'fb0283fe-7948-4c41-9557-63e7451cc521',2,'2026-12-05T18:41:04.657110Z','Sanne Vermeulen','2026-12-05T18:41:04.657659Z','Sanne Vermeulen',0,'Romy Houben','1991-08-25','Gebroek 208, 6433 EB Hoensbroek','BU09171201','06-33289481',NULL,3,'alleenstaande moeder met 2 kinderen','active','development','2025-01-30',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(17,'e05d8680-82a0-44b4-a0b8-49b867ba6ca0',1,'2026-12-05T18:41:04.657742Z','Luuk Pelzer','2026-12-05T18:41:04.657742Z','Luuk Pelzer',0,'Bas Dassen','1961-06-12','Passartweg 21, 6414 MX Heerlen','BU09172000','06-38240764',NULL,2,'echtpaar, kinderen de deur uit','active','none','2026-05-01',1,109526,'maatje','suspected','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(18,'88c9f678-dff9-4c69-823e-2d128c1d90a8',1,'2026-12-05T18:41:04.657937Z','Monique Dautzenberg','2026-12-05T18:41:04.657937Z','Monique Dautzenberg',0,'Dima Hamdan','1984-08-23','Zeswegenlaan 181, 6415 VJ Heerlen','BU09173200','06-10024113',NULL,6,'alleenstaande moeder met 5 kinderen','intake','none','2026-12-03',0,0,'none','course_needed','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(19,'e6fe5bfe-1c0d-4d3e-81e8-c92c6d44e3c1',1,'2026-12-05T18:41:04.658085Z','Kemal Aksoy','2026-12-05T18:41:04.658085Z','Kemal Aksoy',0,'Malika Azzouzi','1990-09-18','Dr. Ariënsstraat 45, 6432 LP Hoensbroek','BU09171000','06-44527127','malika.azzouzi@voorbeeld.nl',1,'alleenstaand','active','development','2024-08-24',1,2102848,'team_shv','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(20,'5e3c728a-0fd8-42d5-9c4e-115f821318b1',2,'2026-12-05T18:41:04.658367Z','Sanne Vermeulen','2026-12-05T18:41:04.658796Z','Sanne Vermeulen',0,'Demi de Wit','1992-03-08','Rennemigerstraat 6b, 6422 TV Heerlen','BU09172200','06-39541955','demi.dewit92@voorbeeld.nl',2,'alleenstaande moeder met 1 kind','active','work','2024-02-03',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(21,'2c943f4c-fdbc-434a-829b-c76053109edd',1,'2026-12-05T18:41:04.658936Z','Nadia Bouzerda','2026-12-05T18:41:04.658936Z','Nadia Bouzerda',0,'Sjef van Mulken','1987-12-23','Palemigerboord 17, 6413 WH Heerlen','BU09173103','06-35050415',NULL,3,'alleenstaande vader met 2 kinderen','intake','none','2026-12-03',1,1035352,'team_shv','course_needed','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(22,'f997702b-b131-4e66-8a25-d69179bd2856',1,'2026-12-05T18:41:04.659130Z','Luuk Pelzer','2026-12-05T18:41:04.659130Z','Luuk Pelzer',0,'Justyna Zielińska','1995-06-27','Kouvenderstraat 5, 6431 AR Hoensbroek','BU09171201','06-25563267',NULL,4,'echtpaar, 2 kinderen','closed','development','2025-08-03',1,314275,'none','none','work','Contract voor een jaar bij een logistiek bedrijf in Parkstad, via WSP Parkstad.','2026-02-13',NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(23,'25d092e0-fb45-410b-b54f-827e283b82ac',1,'2026-12-05T18:41:04.660222Z','Sanne Vermeulen','2026-12-05T18:41:04.660222Z','Sanne Vermeulen',0,'Ömer Şahin','1958-12-19','Schandelerboord 18, 6412 AE Heerlen','BU09173000','06-58400276','omer.sahin@voorbeeld.nl',4,'woont met volwassen kinderen','active','work','2025-01-11',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(24,'c6842d59-cb1f-4f37-98a7-5fe3105b09ff',1,'2026-12-05T18:41:04.660972Z','Sanne Vermeulen','2026-12-05T18:41:04.660972Z','Sanne Vermeulen',0,'Roel Ramakers','1990-12-21','Lotbroekerweg 12, 6431 CW Hoensbroek','BU09171200','06-43265227',NULL,2,'echtpaar, geen kinderen','active','development','2025-03-16',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(25,'bec0abfc-2d73-4a0a-a474-22da81dd5760',1,'2026-12-05T18:41:04.661545Z','Kemal Aksoy','2026-12-05T18:41:04.661545Z','Kemal Aksoy',0,'Ilse Kleijnen','1984-12-04','Heksenbergerweg 21, 6422 VC Heerlen','BU09172402','06-59925426','ilse.kleijnen@voorbeeld.nl',2,'alleenstaande moeder met 1 kind','closed','beschut_werk','2023-04-08',0,0,'none','suspected','beschut_werk','Vaste plek in beschut werk bij WerkvoorHeerlen.','2023-06-23',NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(26,'56b7482e-eabc-4d40-a7ea-bb0b115a03a3',1,'2026-12-05T18:41:04.662419Z','Kemal Aksoy','2026-12-05T18:41:04.662419Z','Kemal Aksoy',0,'Wiel Ramakers','1970-04-18','Bautscherweg 145, 6414 RC Heerlen','BU09172400','06-94057745','wiel.ramakers@voorbeeld.nl',1,'alleenstaand','active','none','2024-04-07',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(27,'3f07fb26-3ea6-4040-b3e7-3da789af7011',1,'2026-12-05T18:41:04.662741Z','Ricardo Martis','2026-12-05T18:41:04.662741Z','Ricardo Martis',0,'Gisela Statia','1970-10-20','Wilhelminastraat 21, 6432 VC Hoensbroek','BU09171301','06-57678818',NULL,1,'alleenstaand','active','basisbaan','2025-01-01',1,2211025,'team_shv','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(28,'f053b63b-ef3c-4317-854c-02469debd45c',1,'2026-12-05T18:41:04.663470Z','Nadia Bouzerda','2026-12-05T18:41:04.663470Z','Nadia Bouzerda',0,'Patricia Houben','1973-12-09','Meezenbroekerweg 251, 6413 CR Heerlen','BU09173100','06-36305161',NULL,3,'samenwonend, 1 kind','active','work','2025-03-08',1,383868,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(29,'5aa9d11d-a8f5-4392-8980-5b7eaac1bc12',1,'2026-12-05T18:41:04.663998Z','Luuk Pelzer','2026-12-05T18:41:04.663998Z','Luuk Pelzer',0,'Rob Smeets','1953-12-30','Passartweg 22, 6414 VA Heerlen','BU09172003','06-48148400',NULL,1,'alleenstaand, kinderen wonen bij ex-partner','active','none','2023-04-22',1,147113,'maatje','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(30,'fa965a8d-d8ba-4236-85b6-345ab9c4672c',1,'2026-12-05T18:41:04.664363Z','Luuk Pelzer','2026-12-05T18:41:04.664363Z','Luuk Pelzer',0,'Lieke Frijns','1989-01-14','Zeswegenlaan 235, 6412 RX Heerlen','BU09173201','06-38848892','lieke.frijns89@voorbeeld.nl',1,'alleenstaand','closed','development','2023-12-05',1,2305029,'kbl_amicable','none','work','Contract voor een jaar bij een logistiek bedrijf in Parkstad, via WSP Parkstad.','2024-07-17',NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(31,'2ac6c2e0-0038-4cc4-a9c3-7ca0186f4328',1,'2026-12-05T18:41:04.664988Z','Nadia Bouzerda','2026-12-05T18:41:04.664988Z','Nadia Bouzerda',0,'Noud Ramakers','1988-01-05','Huskensweg 19, 6412 XE Heerlen','BU09173102','06-76497562','noud.ramakers@voorbeeld.nl',2,'samenwonend, geen kinderen','closed','care','2023-05-10',0,0,'none','none','moved','Verhuisd naar Kerkrade.','2024-10-08',NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(32,'5f06c60d-5aa7-43e0-a3d7-cf4e11050be2',1,'2026-12-05T18:41:04.665531Z','Nadia Bouzerda','2026-12-05T18:41:04.665531Z','Nadia Bouzerda',0,'Stijn van Loo','1986-10-28','Vrieheideweg 78, 6414 NV Heerlen','BU09172401','06-72509355',NULL,2,'samenwonend, geen kinderen','closed','work','2023-12-29',1,1386979,'none','none','work','Contract voor een jaar bij een logistiek bedrijf in Parkstad, via WSP Parkstad.','2025-06-03',NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(33,'3810a8da-486b-4dbb-969c-06d2bdbf5007',2,'2026-12-05T18:41:04.666290Z','Monique Dautzenberg','2026-12-05T18:41:04.666777Z','Monique Dautzenberg',0,'Rania Hamdan','1971-09-10','Mgr. Nolensstraat 224, 6431 HP Hoensbroek','BU09171200','06-64044867',NULL,1,'alleenstaand, kinderen wonen bij ex-partner','active','work','2025-09-07',0,0,'none','suspected','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(34,'1c6427fa-2ccf-40b4-9659-2a7202b6d1db',1,'2026-12-05T18:41:04.666961Z','Sanne Vermeulen','2026-12-05T18:41:04.666961Z','Sanne Vermeulen',0,'Sjef Kurvers','1981-10-13','Terschurenweg 28, 6432 GM Hoensbroek','BU09171201','06-59883611',NULL,1,'alleenstaand','intake','none','2026-11-24',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(35,'cf88d1e7-c9aa-42d1-8cc5-b1c5a7e75110',1,'2026-12-05T18:41:04.667235Z','Sanne Vermeulen','2026-12-05T18:41:04.667235Z','Sanne Vermeulen',0,'Mieke van der Meer','1973-09-26','Beersdalweg 73, 6422 XX Heerlen','BU09172100','06-88917119','mieke.vandermeer@voorbeeld.nl',3,'alleenstaande moeder met 2 kinderen','active','work','2023-03-11',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(36,'66c49502-d360-4e68-a968-7b31db77b58e',1,'2026-12-05T18:41:04.667542Z','Monique Dautzenberg','2026-12-05T18:41:04.667542Z','Monique Dautzenberg',0,'Ayşe Yıldız','1980-07-15','Mariagewandenstraat 60, 6431 MJ Hoensbroek','BU09171000','06-23317340',NULL,1,'alleenstaand','closed','work','2024-09-09',0,0,'none','none','work','Contract voor een jaar bij een logistiek bedrijf in Parkstad, via WSP Parkstad.','2025-09-18',NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(37,'662b6682-352a-4316-82b1-5f44617db2af',1,'2026-12-05T18:41:04.668077Z','Ricardo Martis','2026-12-05T18:41:04.668077Z','Ricardo Martis',0,'Romy van Es','1968-11-18','Palemigerboord 19, 6415 GE Heerlen','BU09173001','06-55782600','romy.vanes@voorbeeld.nl',1,'alleenstaand','active','work','2025-09-03',1,155239,'team_shv','in_course','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(38,'e15391cd-9fc4-4257-8e69-7d14bd57e8da',2,'2026-12-05T18:41:04.668780Z','Sanne Vermeulen','2026-12-05T18:41:04.669622Z','Sanne Vermeulen',0,'Roel Schijns','1973-11-28','Wilhelminastraat 238 B, 6432 ZN Hoensbroek','BU09171200','06-50131286',NULL,2,'samenwonend, geen kinderen','active','development','2023-08-21',1,393252,'kbl_amicable','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(39,'76f35da4-5438-4c88-b49c-ac801b1463a3',2,'2026-12-05T18:41:04.669734Z','Sanne Vermeulen','2026-12-05T18:41:04.670019Z','Sanne Vermeulen',0,'Monique Coenen','1982-09-08','Musschemigerweg 41, 6412 RH Heerlen','BU09173202','06-44905592',NULL,5,'alleenstaande moeder met 4 kinderen','active','work','2025-11-13',0,0,'none','none','none',NULL,NULL,NULL,NULL,0,0,0,NULL,NULL);
INSERT INTO cases VALUES(40,'4dd5e5f0-2a2b-4cda-b494-82b74b531e55',1,'2026-12-05T18:41:04.670101Z','Nadia Bouzerda','2026-12-05T18:41:04.670101Z','Nadia Bouzerda',0,'Mustapha Boukhari','1987-04-04','Meezenbroekerweg 23, 6415 BN Heerlen','BU09173202','06-27933532','mustapha.boukhari@voorbeeld.nl',1,'alleenstaand','closed','development','2023-03-28',1,1762475,'team_shv','none','education','Gestart met een BBL-opleiding via WerkvoorHeerlen.','2024-09-10',NULL,NULL,0,0,0,NULL,NULL);
CREATE TABLE journal (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_id INTEGER NOT NULL REFERENCES cases (id),
  date TEXT NOT NULL,
  author TEXT,
  text TEXT NOT NULL
, shareable INTEGER NOT NULL DEFAULT 0 CHECK (shareable IN (0, 1)), corrected_on TEXT, original_text TEXT);
INSERT INTO journal VALUES(1,'f6bd1a3b-ec9e-44f5-b471-996cfa6416c7',1,'2026-12-05T18:41:04.648820Z','Sanne Vermeulen','2026-12-05T18:41:04.648820Z','Sanne Vermeulen',0,1,'2025-07-03','Sanne Vermeulen','Aangemeld door de huisarts, met toestemming van Bertha. Intakegesprek in het buurtcentrum. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(2,'d31b0489-cfff-43e5-bf4d-535351299b9f',1,'2026-12-05T18:41:04.649024Z','Monique Dautzenberg','2026-12-05T18:41:04.649024Z','Monique Dautzenberg',0,1,'2025-07-13','Monique Dautzenberg','Bertha kwam langs op het inloopspreekuur in Heerlen-Centrum. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(3,'6753bb6d-f896-4f6c-89fa-91dd8f12fb09',1,'2026-12-05T18:41:04.649073Z','Monique Dautzenberg','2026-12-05T18:41:04.649073Z','Monique Dautzenberg',0,1,'2025-09-07','Monique Dautzenberg','Korte check-in per telefoon. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd.',0,NULL,NULL);
INSERT INTO journal VALUES(4,'fd5a1635-fcf8-47b7-98b5-55d719f3427d',1,'2026-12-05T18:41:04.649117Z','Monique Dautzenberg','2026-12-05T18:41:04.649117Z','Monique Dautzenberg',0,1,'2026-02-16','Monique Dautzenberg','Korte check-in per telefoon. Overleg met Jeugdzorg over ondersteuning van het gezin. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(5,'a4ad0145-9912-4620-a14b-4b6eeb5c2e45',1,'2026-12-05T18:41:04.649159Z','Monique Dautzenberg','2026-12-05T18:41:04.649159Z','Monique Dautzenberg',0,1,'2026-08-29','Monique Dautzenberg','Gesprek met Bertha op het buurtkantoor. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Bertha stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(6,'a81286d1-5bae-4a1a-a74c-481361ef4655',1,'2026-12-05T18:41:04.649560Z','Nadia Bouzerda','2026-12-05T18:41:04.649560Z','Nadia Bouzerda',0,2,'2023-09-24','Nadia Bouzerda','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden meteen besproken: naar schatting € 27.158,18.',0,NULL,NULL);
INSERT INTO journal VALUES(7,'240af763-7736-4750-aa70-7fd2332bafcc',1,'2026-12-05T18:41:04.649606Z','Nadia Bouzerda','2026-12-05T18:41:04.649606Z','Nadia Bouzerda',0,2,'2025-01-06','Nadia Bouzerda','Karolina belde zelf naar het buurtteam. Het gaat wisselend; Karolina slaapt slecht door de zorgen.',0,NULL,NULL);
INSERT INTO journal VALUES(8,'afffa1ab-f1ab-4896-a187-5e186991e8a9',1,'2026-12-05T18:41:04.649649Z','Nadia Bouzerda','2026-12-05T18:41:04.649649Z','Nadia Bouzerda',0,2,'2025-12-02','Nadia Bouzerda','Karolina belde zelf naar het buurtteam. Nieuwe aanmaning van het CJIB samen doorgenomen. Over een maand evalueren.',0,NULL,NULL);
INSERT INTO journal VALUES(9,'790c4076-12f0-4d35-bbee-41bfed88d454',1,'2026-12-05T18:41:04.649690Z','Nadia Bouzerda','2026-12-05T18:41:04.649690Z','Nadia Bouzerda',0,2,'2026-11-24','Nadia Bouzerda','Gesprek met Karolina op het buurtkantoor. Telefonische tolk ingezet voor het gesprek.',0,NULL,NULL);
INSERT INTO journal VALUES(10,'eb90ed91-b272-4f02-b904-f70136d79546',1,'2026-12-05T18:41:04.650443Z','Monique Dautzenberg','2026-12-05T18:41:04.650443Z','Monique Dautzenberg',0,3,'2025-03-08','Monique Dautzenberg','Lieke kwam zelf naar het inloopspreekuur in Hoppersgraaf. Intake meteen gedaan. Er zijn schulden, geschat op € 6.814,64; nog niet alles is bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(11,'28fae008-c796-493f-8ebf-a44c13a365fc',1,'2026-12-05T18:41:04.650486Z','Monique Dautzenberg','2026-12-05T18:41:04.650486Z','Monique Dautzenberg',0,3,'2026-03-06','Monique Dautzenberg','Huisbezoek bij mw. Kurvers. Aangemeld bij het maatschappelijk werk. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(12,'cff41dcc-3072-4b97-a0b1-d8d15bc93937',1,'2026-12-05T18:41:04.650527Z','Monique Dautzenberg','2026-12-05T18:41:04.650527Z','Monique Dautzenberg',0,3,'2026-05-15','Monique Dautzenberg','Eerst een appje gestuurd, daarna gebeld met Lieke. Budgetbeheer via Kredietbank Limburg loopt; vaste lasten worden betaald.',0,NULL,NULL);
INSERT INTO journal VALUES(13,'7d26eea8-81fc-4a62-8017-aa0b9de1b855',1,'2026-12-05T18:41:04.650681Z','Nadia Bouzerda','2026-12-05T18:41:04.650681Z','Nadia Bouzerda',0,3,'2026-08-12','Nadia Bouzerda','Korte check-in per telefoon. Met toestemming van Lieke overleg met de huisarts over belastbaarheid.',0,NULL,NULL);
INSERT INTO journal VALUES(14,'5183f7e4-d905-4eec-aff5-6553349bb63b',1,'2026-12-05T18:41:04.651125Z','Ricardo Martis','2026-12-05T18:41:04.651125Z','Ricardo Martis',0,4,'2024-03-10','Ricardo Martis','Sanne kwam zelf naar het inloopspreekuur in Eikenderveld. Intake meteen gedaan. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(15,'2d25db98-437c-41bf-b969-cd66e647b531',1,'2026-12-05T18:41:04.651166Z','Ricardo Martis','2026-12-05T18:41:04.651166Z','Ricardo Martis',0,4,'2024-03-24','Ricardo Martis','Sanne kwam langs op het inloopspreekuur in Eikenderveld. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend.',0,NULL,NULL);
INSERT INTO journal VALUES(16,'f64e0b3d-3e1e-4cfe-922c-18dbc51cdfeb',1,'2026-12-05T18:41:04.651207Z','Ricardo Martis','2026-12-05T18:41:04.651207Z','Ricardo Martis',0,4,'2024-04-10','Ricardo Martis','Sanne kwam langs op het inloopspreekuur in Eikenderveld. Eenzaamheid besproken; koffieochtend in Eikenderveld voorgesteld.',0,NULL,NULL);
INSERT INTO journal VALUES(17,'c21623fd-25db-4df2-a679-7ed92a371438',1,'2026-12-05T18:41:04.651249Z','Ricardo Martis','2026-12-05T18:41:04.651249Z','Ricardo Martis',0,4,'2024-04-16','Ricardo Martis','Eerst een appje gestuurd, daarna gebeld met Sanne. Afspraken van vorige keer zijn nagekomen.',0,NULL,NULL);
INSERT INTO journal VALUES(18,'3ee7a9db-8496-437c-bf5f-684a287d5fe7',1,'2026-12-05T18:41:04.651291Z','Ricardo Martis','2026-12-05T18:41:04.651291Z','Ricardo Martis',0,4,'2024-05-07','Ricardo Martis','Eerst een appje gestuurd, daarna gebeld met Sanne. CV samen bijgewerkt en naar WSP Parkstad gestuurd. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(19,'ecdbd638-444e-4a09-bd58-29c766a62a3b',1,'2026-12-05T18:41:04.651335Z','Nadia Bouzerda','2026-12-05T18:41:04.651335Z','Nadia Bouzerda',0,4,'2024-09-26','Nadia Bouzerda','Beeldbellen met Sanne. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid. Over een maand evalueren.',0,NULL,NULL);
INSERT INTO journal VALUES(20,'df224dfd-f27a-4114-914f-ee3b303f5df6',1,'2026-12-05T18:41:04.651388Z','Ricardo Martis','2026-12-05T18:41:04.651388Z','Ricardo Martis',0,4,'2024-09-26','Ricardo Martis','Laatste gesprek: Sanne redt het nu zelf en mag altijd terugkomen. Dossier gesloten.',0,NULL,NULL);
INSERT INTO journal VALUES(21,'ebd76f68-9908-4148-aee4-b6090bbba7d2',1,'2026-12-05T18:41:04.651601Z','Luuk Pelzer','2026-12-05T18:41:04.651601Z','Luuk Pelzer',0,5,'2025-03-19','Luuk Pelzer','Aangemeld door de huisarts, met toestemming van Romy. Intakegesprek in het buurtcentrum. Er zijn schulden, geschat op € 4.298,31; nog niet alles is bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(22,'2efc02f2-eaca-4566-b807-0b92b487b951',1,'2026-12-05T18:41:04.651645Z','Luuk Pelzer','2026-12-05T18:41:04.651645Z','Luuk Pelzer',0,5,'2025-09-29','Luuk Pelzer','Korte check-in per telefoon. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Kemal Aksoy sluit de volgende keer aan.',0,NULL,NULL);
INSERT INTO journal VALUES(23,'cc5d1c7e-2efe-49b3-a7cc-ca7f6ea08302',1,'2026-12-05T18:41:04.651687Z','Kemal Aksoy','2026-12-05T18:41:04.651687Z','Kemal Aksoy',0,5,'2025-10-07','Kemal Aksoy','Huisbezoek afgelegd samen met Kemal Aksoy. Schuldhulp doorverwijzing: aanmelding bij team schuldhulpverlening verstuurd. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(24,'9a8c201f-b384-46af-baa8-7e986ea52b80',1,'2026-12-05T18:41:04.651731Z','Luuk Pelzer','2026-12-05T18:41:04.651731Z','Luuk Pelzer',0,5,'2026-04-30','Luuk Pelzer','Korte check-in per telefoon. Kennismaking op de beschut-werkafdeling van WerkvoorHeerlen; Romy kan volgende maand starten. Romy stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(25,'f8781ba3-011d-4130-942b-12ee02557142',1,'2026-12-05T18:41:04.651781Z','Luuk Pelzer','2026-12-05T18:41:04.651781Z','Luuk Pelzer',0,5,'2026-05-18','Luuk Pelzer','Romy belde zelf naar het buurtteam. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan.',0,NULL,NULL);
INSERT INTO journal VALUES(26,'68e67f84-6f1a-44cf-b6c2-a6272c2d560f',1,'2026-12-05T18:41:04.652061Z','Luuk Pelzer','2026-12-05T18:41:04.652061Z','Luuk Pelzer',0,5,'2026-06-17','Luuk Pelzer','Huisbezoek bij mw. Crombach. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd.',0,NULL,NULL);
INSERT INTO journal VALUES(27,'f41cde3e-093e-4462-b6a6-48f5b745f0b8',1,'2026-12-05T18:41:04.652124Z','Luuk Pelzer','2026-12-05T18:41:04.652124Z','Luuk Pelzer',0,5,'2026-10-05','Luuk Pelzer','Huisbezoek afgelegd samen met Kemal Aksoy. Schuldhulpverlener heeft betalingsregelingen met drie schuldeisers afgesproken. Over een maand evalueren.',0,NULL,NULL);
INSERT INTO journal VALUES(28,'e0fae4f2-bb23-44ad-9f44-9b36ee85e6d4',1,'2026-12-05T18:41:04.652314Z','Ricardo Martis','2026-12-05T18:41:04.652314Z','Ricardo Martis',0,6,'2026-11-04','Ricardo Martis','Zeynep kwam zelf naar het inloopspreekuur in Weggebekker. Intake meteen gedaan. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(29,'799b0fd9-bc4a-4ae3-bf59-e54c139bb51b',1,'2026-12-05T18:41:04.652353Z','Ricardo Martis','2026-12-05T18:41:04.652353Z','Ricardo Martis',0,6,'2026-11-23','Ricardo Martis','Huisbezoek bij mw. Doğan. Dagbesteding in de wijk gevonden; Zeynep gaat er drie ochtenden per week heen.',0,NULL,NULL);
INSERT INTO journal VALUES(30,'9cbcb6d2-26ba-4cd2-ae60-e008e5f7154e',1,'2026-12-05T18:41:04.652396Z','Ricardo Martis','2026-12-05T18:41:04.652396Z','Ricardo Martis',0,6,'2026-11-29','Ricardo Martis','Eerst een appje gestuurd, daarna gebeld met Zeynep. Zorgtraject besproken: werk is binnen een jaar niet haalbaar. Nadia Bouzerda sluit de volgende keer aan.',0,NULL,NULL);
INSERT INTO journal VALUES(31,'adcebc26-65fe-4333-9c61-730f1de82ea3',1,'2026-12-05T18:41:04.652570Z','Luuk Pelzer','2026-12-05T18:41:04.652570Z','Luuk Pelzer',0,7,'2025-03-03','Luuk Pelzer','Aangemeld door de huisarts, met toestemming van Monique. Intakegesprek in het buurtcentrum. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(32,'f74c2145-2a63-4c21-8f41-33bf07680842',1,'2026-12-05T18:41:04.652609Z','Luuk Pelzer','2026-12-05T18:41:04.652609Z','Luuk Pelzer',0,7,'2025-07-18','Luuk Pelzer','Afspraak in het buurtcentrum met mw. Crombach. Kwijtschelding gemeentelijke belastingen samen aangevraagd. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(33,'864ae1d0-af43-42d0-80cb-dbf761846ede',1,'2026-12-05T18:41:04.652651Z','Luuk Pelzer','2026-12-05T18:41:04.652651Z','Luuk Pelzer',0,7,'2025-08-17','Luuk Pelzer','Telefonisch contact met Monique. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd.',0,NULL,NULL);
INSERT INTO journal VALUES(34,'d26b27fb-1058-422d-93ac-9ff82a72e900',1,'2026-12-05T18:41:04.652692Z','Nadia Bouzerda','2026-12-05T18:41:04.652692Z','Nadia Bouzerda',0,7,'2025-09-01','Nadia Bouzerda','Monique kwam langs op het inloopspreekuur in Hoensbroek-Centrum. Overleg met Jeugdzorg over ondersteuning van het gezin. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(35,'9c6c6699-91c3-40f9-b864-07355e5078d9',1,'2026-12-05T18:41:04.652787Z','Nadia Bouzerda','2026-12-05T18:41:04.652787Z','Nadia Bouzerda',0,7,'2026-01-18','Nadia Bouzerda','Eerst een appje gestuurd, daarna gebeld met Monique. Overleg met Jeugdzorg over ondersteuning van het gezin. Monique stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(36,'a379cef9-8705-4d1b-bee5-4535bf716bcb',1,'2026-12-05T18:41:04.652882Z','Luuk Pelzer','2026-12-05T18:41:04.652882Z','Luuk Pelzer',0,7,'2026-02-14','Luuk Pelzer','Eerst een appje gestuurd, daarna gebeld met Monique. Overleg met Jeugdzorg over ondersteuning van het gezin. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(37,'69b26c15-1249-4962-b20f-148a9aaf1a66',1,'2026-12-05T18:41:04.652969Z','Nadia Bouzerda','2026-12-05T18:41:04.652969Z','Nadia Bouzerda',0,7,'2026-05-03','Nadia Bouzerda','Huisbezoek afgelegd samen met Nadia Bouzerda. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd.',0,NULL,NULL);
INSERT INTO journal VALUES(38,'1e2b1118-80cf-4ede-90bb-ec4d37a82de0',1,'2026-12-05T18:41:04.653037Z','Luuk Pelzer','2026-12-05T18:41:04.653037Z','Luuk Pelzer',0,7,'2026-08-25','Luuk Pelzer','Monique belde zelf naar het buurtteam. Basisbaan gestart; eerste evaluatie met de leidinggevende positief.',0,NULL,NULL);
INSERT INTO journal VALUES(39,'29123ac7-0324-4ab9-a56b-d4e7a2332318',1,'2026-12-05T18:41:04.653492Z','Luuk Pelzer','2026-12-05T18:41:04.653492Z','Luuk Pelzer',0,8,'2026-10-27','Luuk Pelzer','Kennismaking en intake bij mw. Benali thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Schulden nagevraagd: geen achterstanden.',0,NULL,NULL);
INSERT INTO journal VALUES(40,'98e38513-8d6c-4db8-9cb6-30fa23dd093e',1,'2026-12-05T18:41:04.653535Z','Luuk Pelzer','2026-12-05T18:41:04.653535Z','Luuk Pelzer',0,8,'2026-12-04','Luuk Pelzer','Naima kwam langs op het inloopspreekuur in Op de Nobel. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(41,'c6c647c1-90c4-4e48-953a-608dbb6c206b',1,'2026-12-05T18:41:04.653753Z','Luuk Pelzer','2026-12-05T18:41:04.653753Z','Luuk Pelzer',0,9,'2024-07-16','Luuk Pelzer','Intake telefonisch gestart, daarna huisbezoek. Rob staat open voor ondersteuning. Schulden meteen besproken: naar schatting € 27.069,27.',0,NULL,NULL);
INSERT INTO journal VALUES(42,'e0dc0c50-f029-4232-a388-1809ef7ee5f6',1,'2026-12-05T18:41:04.653791Z','Luuk Pelzer','2026-12-05T18:41:04.653791Z','Luuk Pelzer',0,9,'2025-02-24','Luuk Pelzer','Afspraak in het buurtcentrum met dhr. Hamers. Zorgtraject besproken: werk is binnen een jaar niet haalbaar.',0,NULL,NULL);
INSERT INTO journal VALUES(43,'668474ee-57c2-4bc3-9b96-c93fd09d5ef3',1,'2026-12-05T18:41:04.653830Z','Kemal Aksoy','2026-12-05T18:41:04.653830Z','Kemal Aksoy',0,9,'2025-06-16','Kemal Aksoy','Korte check-in per telefoon. Afspraak gemist; nieuwe afspraak gemaakt. Rob stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(44,'d8033993-5382-48ea-8cd0-ff87170daad8',1,'2026-12-05T18:41:04.654015Z','Nadia Bouzerda','2026-12-05T18:41:04.654015Z','Nadia Bouzerda',0,10,'2026-07-04','Nadia Bouzerda','Pieter kwam zelf naar het inloopspreekuur in Meezenbroek. Intake meteen gedaan. Stapel ongeopende post; schulden voorlopig geschat op € 18.522,26.',0,NULL,NULL);
INSERT INTO journal VALUES(45,'eaef808b-c29b-4279-90c0-6db8a243263d',1,'2026-12-05T18:41:04.654053Z','Nadia Bouzerda','2026-12-05T18:41:04.654053Z','Nadia Bouzerda',0,10,'2026-08-15','Nadia Bouzerda','Beeldbellen met Pieter. Terugkoppeling werkgever: goede eerste weken, contract wordt verlengd.',0,NULL,NULL);
INSERT INTO journal VALUES(46,'a2b515d2-b9d0-486c-993c-323456ba11a2',1,'2026-12-05T18:41:04.654093Z','Luuk Pelzer','2026-12-05T18:41:04.654093Z','Luuk Pelzer',0,10,'2026-08-22','Luuk Pelzer','Korte check-in per telefoon. Overzicht van schuldeisers gemaakt, nog niet compleet.',0,NULL,NULL);
INSERT INTO journal VALUES(47,'29badb92-9044-4925-b569-6cc0f6eb0de2',1,'2026-12-05T18:41:04.654261Z','Kemal Aksoy','2026-12-05T18:41:04.654261Z','Kemal Aksoy',0,11,'2025-05-12','Kemal Aksoy','Aangemeld door de huisarts, met toestemming van Finy. Intakegesprek in het buurtcentrum. Schulden meteen besproken: naar schatting € 5.834,34.',0,NULL,NULL);
INSERT INTO journal VALUES(48,'1d35ef66-3221-4efc-8486-d0da74d1558a',1,'2026-12-05T18:41:04.654299Z','Kemal Aksoy','2026-12-05T18:41:04.654299Z','Kemal Aksoy',0,11,'2025-12-08','Kemal Aksoy','Huisbezoek bij mw. De Wit. Driegesprek met team schuldhulpverlening; stabilisatiefase gestart. Finy stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(49,'812f60cd-b6d5-41c8-b0bd-6e456fc5f13d',1,'2026-12-05T18:41:04.654338Z','Kemal Aksoy','2026-12-05T18:41:04.654338Z','Kemal Aksoy',0,11,'2026-08-21','Kemal Aksoy','Huisbezoek bij mw. De Wit. Schuldhulp doorverwijzing: aanmelding bij team schuldhulpverlening verstuurd.',0,NULL,NULL);
INSERT INTO journal VALUES(50,'84676e84-275a-47cd-9219-8fb9a4abcc73',1,'2026-12-05T18:41:04.654740Z','Nadia Bouzerda','2026-12-05T18:41:04.654740Z','Nadia Bouzerda',0,12,'2024-09-15','Nadia Bouzerda','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden nagevraagd: geen achterstanden.',0,NULL,NULL);
INSERT INTO journal VALUES(51,'2b42f8bc-6042-4a48-bbb5-12b9ee7a2bb4',1,'2026-12-05T18:41:04.654791Z','Nadia Bouzerda','2026-12-05T18:41:04.654791Z','Nadia Bouzerda',0,12,'2025-01-18','Nadia Bouzerda','Korte check-in per telefoon. Met Thijs gesproken over lezen en schrijven; aanmelding taaltraject bij het Taalhuis besproken.',0,NULL,NULL);
INSERT INTO journal VALUES(52,'ab1ef436-c314-48ac-8b67-93466faae2e6',1,'2026-12-05T18:41:04.654832Z','Nadia Bouzerda','2026-12-05T18:41:04.654832Z','Nadia Bouzerda',0,12,'2025-09-23','Nadia Bouzerda','Telefonisch contact met Thijs. Proefplaatsing via WSP besproken; Thijs is enthousiast. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(53,'914aaa55-fc83-4ef8-b089-58e632530cd4',1,'2026-12-05T18:41:04.654922Z','Nadia Bouzerda','2026-12-05T18:41:04.654922Z','Nadia Bouzerda',0,12,'2025-10-20','Nadia Bouzerda','Thijs kwam langs op het inloopspreekuur in Maria Gewanden. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd.',0,NULL,NULL);
INSERT INTO journal VALUES(54,'1212eb46-17c8-4d57-ab21-6f49b8c0fd86',1,'2026-12-05T18:41:04.654970Z','Nadia Bouzerda','2026-12-05T18:41:04.654970Z','Nadia Bouzerda',0,12,'2025-10-29','Nadia Bouzerda','Gesprek met Thijs op het buurtkantoor. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(55,'b6e15e51-90b0-412f-bac7-fb3ea7882a67',1,'2026-12-05T18:41:04.655019Z','Ricardo Martis','2026-12-05T18:41:04.655019Z','Ricardo Martis',0,12,'2026-07-06','Ricardo Martis','Huisbezoek bij dhr. Schijns. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan.',0,NULL,NULL);
INSERT INTO journal VALUES(56,'a9e43ed0-1c1c-4075-947d-e1130e7cc0a9',1,'2026-12-05T18:41:04.655084Z','Nadia Bouzerda','2026-12-05T18:41:04.655084Z','Nadia Bouzerda',0,12,'2026-10-22','Nadia Bouzerda','Beeldbellen met Thijs. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend. Over een maand evalueren.',0,NULL,NULL);
INSERT INTO journal VALUES(57,'abf55f24-f8d7-4e57-98d9-1b35fe77c262',1,'2026-12-05T18:41:04.655138Z','Nadia Bouzerda','2026-12-05T18:41:04.655138Z','Nadia Bouzerda',0,12,'2026-12-03','Nadia Bouzerda','Huisbezoek bij dhr. Schijns. Overleg met Jeugdzorg over ondersteuning van het gezin. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(58,'2a166756-b2f8-4aa2-8621-8b9e272f4039',1,'2026-12-05T18:41:04.655379Z','Nadia Bouzerda','2026-12-05T18:41:04.655379Z','Nadia Bouzerda',0,13,'2024-08-29','Nadia Bouzerda','Eerste gesprek met Naima, samen met Monique Dautzenberg. Afgesproken eerst rust te brengen in de post en de rekeningen. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(59,'fb889f44-2d8a-43db-8d47-52aa44b604ff',1,'2026-12-05T18:41:04.655423Z','Nadia Bouzerda','2026-12-05T18:41:04.655423Z','Nadia Bouzerda',0,13,'2025-03-18','Nadia Bouzerda','Huisbezoek afgelegd samen met Monique Dautzenberg. Overleg met Jeugdzorg over ondersteuning van het gezin. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(60,'12898b5b-5a46-4fbc-b680-02fd8180e5e2',1,'2026-12-05T18:41:04.655464Z','Nadia Bouzerda','2026-12-05T18:41:04.655464Z','Nadia Bouzerda',0,13,'2025-03-28','Nadia Bouzerda','Gesprek met Naima op het buurtkantoor. DigiD samen aangevraagd, zodat Naima zelf zaken met de gemeente kan regelen.',0,NULL,NULL);
INSERT INTO journal VALUES(61,'78a0082f-8438-4f41-9172-3ad8d2440f5f',1,'2026-12-05T18:41:04.655510Z','Nadia Bouzerda','2026-12-05T18:41:04.655510Z','Nadia Bouzerda',0,13,'2025-08-07','Nadia Bouzerda','Gesprek met Naima op het buurtkantoor. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(62,'06a9f4b4-f964-46df-a673-74dd4cee2a18',1,'2026-12-05T18:41:04.655559Z','Nadia Bouzerda','2026-12-05T18:41:04.655559Z','Nadia Bouzerda',0,13,'2025-08-26','Nadia Bouzerda','Gesprek met Naima op het buurtkantoor. Dagbesteding in de wijk gevonden; Naima gaat er drie ochtenden per week heen. Over een maand evalueren.',0,NULL,NULL);
INSERT INTO journal VALUES(63,'da7fd9ca-716a-44c3-b096-8ffe938b359f',1,'2026-12-05T18:41:04.655646Z','Nadia Bouzerda','2026-12-05T18:41:04.655646Z','Nadia Bouzerda',0,13,'2025-11-18','Nadia Bouzerda','Beeldbellen met Naima. Hoge energierekening besproken; energiecoach ingeschakeld.',0,NULL,NULL);
INSERT INTO journal VALUES(64,'ae4fff6e-3b4c-40a7-9e95-6165373d56c0',1,'2026-12-05T18:41:04.655914Z','Nadia Bouzerda','2026-12-05T18:41:04.655914Z','Nadia Bouzerda',0,13,'2026-04-14','Nadia Bouzerda','Telefonisch contact met Naima. Zorgtraject besproken: werk is binnen een jaar niet haalbaar.',0,NULL,NULL);
INSERT INTO journal VALUES(65,'40511734-8475-4085-b225-8552ad64edb5',1,'2026-12-05T18:41:04.656324Z','Nadia Bouzerda','2026-12-05T18:41:04.656324Z','Nadia Bouzerda',0,14,'2023-05-17','Nadia Bouzerda','Intake telefonisch gestart, daarna huisbezoek. Mohammad staat open voor ondersteuning. Er zijn schulden, geschat op € 9.964,67; nog niet alles is bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(66,'158c658f-733d-499f-8791-3f44176aaccc',1,'2026-12-05T18:41:04.656366Z','Luuk Pelzer','2026-12-05T18:41:04.656366Z','Luuk Pelzer',0,14,'2024-10-16','Luuk Pelzer','Huisbezoek afgelegd samen met Nadia Bouzerda. Huurachterstand: regeling getroffen met de woningcorporatie.',0,NULL,NULL);
INSERT INTO journal VALUES(67,'6c84ec33-0039-41eb-aef1-f9fc4402d2aa',1,'2026-12-05T18:41:04.656409Z','Luuk Pelzer','2026-12-05T18:41:04.656409Z','Luuk Pelzer',0,14,'2026-11-14','Luuk Pelzer','Huisbezoek afgelegd samen met Nadia Bouzerda. Beslag op de uitkering besproken; beslagvrije voet laten controleren.',0,NULL,NULL);
INSERT INTO journal VALUES(68,'63aa7e3e-7349-448f-bf0c-133b50ad6459',1,'2026-12-05T18:41:04.656562Z','Kemal Aksoy','2026-12-05T18:41:04.656562Z','Kemal Aksoy',0,15,'2025-04-25','Kemal Aksoy','Intake telefonisch gestart, daarna huisbezoek. Shurwin staat open voor ondersteuning. Stapel ongeopende post; schulden voorlopig geschat op € 18.119,22.',0,NULL,NULL);
INSERT INTO journal VALUES(69,'4443dc3e-f502-4cee-b12b-0ccd1a7fdcd6',1,'2026-12-05T18:41:04.656598Z','Kemal Aksoy','2026-12-05T18:41:04.656598Z','Kemal Aksoy',0,15,'2025-07-03','Kemal Aksoy','Gesprek met Shurwin op het buurtkantoor. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Shurwin stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(70,'8ba4b9a7-1f1b-4111-8212-4ad0992dd26c',1,'2026-12-05T18:41:04.656641Z','Kemal Aksoy','2026-12-05T18:41:04.656641Z','Kemal Aksoy',0,15,'2025-11-17','Kemal Aksoy','Eerst een appje gestuurd, daarna gebeld met Shurwin. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Luuk Pelzer sluit de volgende keer aan.',0,NULL,NULL);
INSERT INTO journal VALUES(71,'95011988-de0a-4e01-ab51-c42fc304a9ba',1,'2026-12-05T18:41:04.656718Z','Kemal Aksoy','2026-12-05T18:41:04.656718Z','Kemal Aksoy',0,15,'2026-02-05','Kemal Aksoy','Afspraak in het buurtcentrum met dhr. Maduro. Aangemeld bij WerkvoorHeerlen voor een ontwikkeltraject. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(72,'be694806-61b9-4150-9380-d8b539f8e974',1,'2026-12-05T18:41:04.656768Z','Kemal Aksoy','2026-12-05T18:41:04.656768Z','Kemal Aksoy',0,15,'2026-04-07','Kemal Aksoy','Telefonisch contact met Shurwin. Overleg met Jeugdzorg over ondersteuning van het gezin. Luuk Pelzer sluit de volgende keer aan.',0,NULL,NULL);
INSERT INTO journal VALUES(73,'c498c5da-b0bb-4b31-82f1-223aa7eb9e2c',1,'2026-12-05T18:41:04.656818Z','Kemal Aksoy','2026-12-05T18:41:04.656818Z','Kemal Aksoy',0,15,'2026-07-07','Kemal Aksoy','Huisbezoek bij dhr. Maduro. Hoge energierekening besproken; energiecoach ingeschakeld.',0,NULL,NULL);
INSERT INTO journal VALUES(74,'5e5ba4bc-4e0d-478e-84dd-2dc3ee8120a6',1,'2026-12-05T18:41:04.656915Z','Kemal Aksoy','2026-12-05T18:41:04.656915Z','Kemal Aksoy',0,15,'2026-10-01','Kemal Aksoy','Korte check-in per telefoon. Beslag op de uitkering besproken; beslagvrije voet laten controleren. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(75,'c7a18722-b12e-46c5-9316-6621a2f298bf',1,'2026-12-05T18:41:04.657488Z','Sanne Vermeulen','2026-12-05T18:41:04.657488Z','Sanne Vermeulen',0,16,'2025-01-30','Sanne Vermeulen','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden nagevraagd: geen achterstanden.',0,NULL,NULL);
INSERT INTO journal VALUES(76,'243b9482-f4c6-43f1-a29b-5a68df1c2089',1,'2026-12-05T18:41:04.657533Z','Sanne Vermeulen','2026-12-05T18:41:04.657533Z','Sanne Vermeulen',0,16,'2026-10-01','Sanne Vermeulen','Gesprek met Romy op het buurtkantoor. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend.',0,NULL,NULL);
INSERT INTO journal VALUES(77,'6df34f69-306b-436f-9188-cb97ac9aa7b2',1,'2026-12-05T18:41:04.657790Z','Luuk Pelzer','2026-12-05T18:41:04.657790Z','Luuk Pelzer',0,17,'2026-05-01','Luuk Pelzer','Bas kwam zelf naar het inloopspreekuur in Weggebekker. Intake meteen gedaan. Schulden meteen besproken: naar schatting € 1.095,26.',0,NULL,NULL);
INSERT INTO journal VALUES(78,'aaec2523-343c-4213-838c-450889841dcc',1,'2026-12-05T18:41:04.657826Z','Luuk Pelzer','2026-12-05T18:41:04.657826Z','Luuk Pelzer',0,17,'2026-07-13','Luuk Pelzer','Telefonisch contact met Bas. Toeslagen nagelopen: zorgtoeslag bleek niet aangevraagd, nu wel.',0,NULL,NULL);
INSERT INTO journal VALUES(79,'78105ae0-0dbd-4121-8f5e-42ccc2f27334',1,'2026-12-05T18:41:04.657985Z','Monique Dautzenberg','2026-12-05T18:41:04.657985Z','Monique Dautzenberg',0,18,'2026-12-03','Monique Dautzenberg','Aangemeld door de huisarts, met toestemming van Dima. Intakegesprek in het buurtcentrum. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(80,'dcb13748-8569-4926-83b4-9dcaf7c204d4',1,'2026-12-05T18:41:04.658025Z','Monique Dautzenberg','2026-12-05T18:41:04.658025Z','Monique Dautzenberg',0,18,'2026-12-04','Monique Dautzenberg','Afspraak in het buurtcentrum met mw. Hamdan. Dima gaat twee ochtenden per week naar taalles. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(81,'a6c031ac-0130-4df1-be39-d7df68c91cae',1,'2026-12-05T18:41:04.658142Z','Kemal Aksoy','2026-12-05T18:41:04.658142Z','Kemal Aksoy',0,19,'2024-08-24','Kemal Aksoy','Intakegesprek met Malika op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Schulden meteen besproken: naar schatting € 21.028,48.',0,NULL,NULL);
INSERT INTO journal VALUES(82,'095db70d-2b98-4fc0-952a-0892a639e7eb',1,'2026-12-05T18:41:04.658182Z','Kemal Aksoy','2026-12-05T18:41:04.658182Z','Kemal Aksoy',0,19,'2025-03-24','Kemal Aksoy','Eerst een appje gestuurd, daarna gebeld met Malika. Gestart op een leerwerkplek groenonderhoud in Maria Gewanden.',0,NULL,NULL);
INSERT INTO journal VALUES(83,'e65ff640-fc49-43dd-b05a-fe86f4d6858f',1,'2026-12-05T18:41:04.658224Z','Kemal Aksoy','2026-12-05T18:41:04.658224Z','Kemal Aksoy',0,19,'2025-05-18','Kemal Aksoy','Beeldbellen met Malika. Inkomsten en uitgaven op een rij gezet; er blijft weinig over.',0,NULL,NULL);
INSERT INTO journal VALUES(84,'1fd11d29-032b-48d4-8bc4-9356ad5408a0',1,'2026-12-05T18:41:04.658268Z','Kemal Aksoy','2026-12-05T18:41:04.658268Z','Kemal Aksoy',0,19,'2026-04-18','Kemal Aksoy','Gesprek met Malika op het buurtkantoor. Gestart op een leerwerkplek groenonderhoud in Maria Gewanden. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(85,'e17876c9-3a11-4631-b595-3c000ae6d38a',1,'2026-12-05T18:41:04.658423Z','Sanne Vermeulen','2026-12-05T18:41:04.658423Z','Sanne Vermeulen',0,20,'2024-02-03','Sanne Vermeulen','Kennismaking en intake bij mw. De Wit thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(86,'f72bef82-05af-4136-80de-84814886043d',1,'2026-12-05T18:41:04.658534Z','Sanne Vermeulen','2026-12-05T18:41:04.658534Z','Sanne Vermeulen',0,20,'2024-06-24','Sanne Vermeulen','Eerst een appje gestuurd, daarna gebeld met Demi. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Demi stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(87,'ce347fe2-ef94-4489-9f48-0dbbb14d152f',1,'2026-12-05T18:41:04.658576Z','Sanne Vermeulen','2026-12-05T18:41:04.658576Z','Sanne Vermeulen',0,20,'2025-04-24','Sanne Vermeulen','Eerst een appje gestuurd, daarna gebeld met Demi. Afspraken van vorige keer zijn nagekomen.',0,NULL,NULL);
INSERT INTO journal VALUES(88,'178613ec-bac2-4aaa-a2ef-6b85247224a9',1,'2026-12-05T18:41:04.658617Z','Sanne Vermeulen','2026-12-05T18:41:04.658617Z','Sanne Vermeulen',0,20,'2025-05-20','Sanne Vermeulen','Beeldbellen met Demi. Hoge energierekening besproken; energiecoach ingeschakeld.',0,NULL,NULL);
INSERT INTO journal VALUES(89,'3637805e-8d12-41da-b460-741669e9d111',1,'2026-12-05T18:41:04.658660Z','Ricardo Martis','2026-12-05T18:41:04.658660Z','Ricardo Martis',0,20,'2026-01-07','Ricardo Martis','Afspraak in het buurtcentrum met mw. De Wit. Afspraak gemist; nieuwe afspraak gemaakt.',0,NULL,NULL);
INSERT INTO journal VALUES(90,'5b0779cf-ba35-458d-a136-d8685e0e38f8',1,'2026-12-05T18:41:04.658703Z','Sanne Vermeulen','2026-12-05T18:41:04.658703Z','Sanne Vermeulen',0,20,'2026-08-31','Sanne Vermeulen','Demi kwam langs op het inloopspreekuur in Heksenberg. Basisbaan gestart; eerste evaluatie met de leidinggevende positief.',0,NULL,NULL);
INSERT INTO journal VALUES(91,'bc8a91d0-23fa-4366-891d-a0c003b50e44',1,'2026-12-05T18:41:04.658990Z','Nadia Bouzerda','2026-12-05T18:41:04.658990Z','Nadia Bouzerda',0,21,'2026-12-03','Nadia Bouzerda','Aangemeld door de huisarts, met toestemming van Sjef. Intakegesprek in het buurtcentrum. Er zijn schulden, geschat op € 10.353,52; nog niet alles is bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(92,'a5c4c231-94ee-481c-a08b-9e4a42d89b57',1,'2026-12-05T18:41:04.659030Z','Nadia Bouzerda','2026-12-05T18:41:04.659030Z','Nadia Bouzerda',0,21,'2026-12-04','Nadia Bouzerda','Huisbezoek bij dhr. Van Mulken. Met Sjef gesproken over lezen en schrijven; aanmelding taaltraject bij het Taalhuis besproken. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(93,'a03b9d6e-061f-42c5-9eb0-cc3811e7ccf1',1,'2026-12-05T18:41:04.659210Z','Luuk Pelzer','2026-12-05T18:41:04.659210Z','Luuk Pelzer',0,22,'2025-08-03','Luuk Pelzer','Eerste gesprek met Justyna, samen met Monique Dautzenberg. Afgesproken eerst rust te brengen in de post en de rekeningen. Er zijn schulden, geschat op € 3.142,75; nog niet alles is bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(94,'727beeaf-f9f3-49ef-9205-7904440352bb',1,'2026-12-05T18:41:04.659252Z','Luuk Pelzer','2026-12-05T18:41:04.659252Z','Luuk Pelzer',0,22,'2025-09-03','Luuk Pelzer','Justyna belde zelf naar het buurtteam. Overleg met Jeugdzorg over ondersteuning van het gezin. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(95,'f137a678-7d7a-49b6-8ac7-cea6e19cc1d1',1,'2026-12-05T18:41:04.659298Z','Luuk Pelzer','2026-12-05T18:41:04.659298Z','Luuk Pelzer',0,22,'2025-09-19','Luuk Pelzer','Justyna belde zelf naar het buurtteam. Schulden besproken; Justyna wil eerst zelf een overzicht maken.',0,NULL,NULL);
INSERT INTO journal VALUES(96,'89ee6006-7975-4dcc-8f69-4881f8848fb2',1,'2026-12-05T18:41:04.659343Z','Luuk Pelzer','2026-12-05T18:41:04.659343Z','Luuk Pelzer',0,22,'2026-02-13','Luuk Pelzer','Afsluitend gesprek: Justyna is aan het werk en heeft geen ondersteuning meer nodig. Dossier gesloten.',0,NULL,NULL);
INSERT INTO journal VALUES(97,'cdcbe461-d648-4e57-b322-98b12a817544',1,'2026-12-05T18:41:04.660561Z','Sanne Vermeulen','2026-12-05T18:41:04.660561Z','Sanne Vermeulen',0,23,'2025-01-11','Sanne Vermeulen','Ömer kwam zelf naar het inloopspreekuur in Husken. Intake meteen gedaan. Schulden nagevraagd: geen achterstanden.',0,NULL,NULL);
INSERT INTO journal VALUES(98,'44b7b6a3-844d-4c9d-bdba-91d314e4eb2a',1,'2026-12-05T18:41:04.660609Z','Sanne Vermeulen','2026-12-05T18:41:04.660609Z','Sanne Vermeulen',0,23,'2026-03-10','Sanne Vermeulen','Beeldbellen met Ömer. Proefplaatsing via WSP besproken; Ömer is enthousiast. Over een maand evalueren.',0,NULL,NULL);
INSERT INTO journal VALUES(99,'2707a8c1-6ea1-40b5-aa56-f5aaf9476830',1,'2026-12-05T18:41:04.660654Z','Sanne Vermeulen','2026-12-05T18:41:04.660654Z','Sanne Vermeulen',0,23,'2026-05-08','Sanne Vermeulen','Korte check-in per telefoon. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(100,'eb582fa8-8b8a-4a31-99c2-c5d0911bcc14',1,'2026-12-05T18:41:04.660700Z','Sanne Vermeulen','2026-12-05T18:41:04.660700Z','Sanne Vermeulen',0,23,'2026-07-18','Sanne Vermeulen','Korte check-in per telefoon. Afspraken van vorige keer zijn nagekomen. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(101,'00da23af-27b8-412f-baf8-f96f819f33fa',1,'2026-12-05T18:41:04.660745Z','Monique Dautzenberg','2026-12-05T18:41:04.660745Z','Monique Dautzenberg',0,23,'2026-09-03','Monique Dautzenberg','Gesprek met Ömer op het buurtkantoor. Overleg met WSP Parkstad over vacatures in de logistiek.',0,NULL,NULL);
INSERT INTO journal VALUES(102,'52503924-0c39-4ebb-b3c0-5d3fbe0ef35d',1,'2026-12-05T18:41:04.661039Z','Kemal Aksoy','2026-12-05T18:41:04.661039Z','Kemal Aksoy',0,24,'2025-03-16','Kemal Aksoy','Kennismaking en intake bij dhr. Ramakers thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(103,'9858a130-5bb0-43ac-ba2d-cdf8b75e15fa',1,'2026-12-05T18:41:04.661081Z','Kemal Aksoy','2026-12-05T18:41:04.661081Z','Kemal Aksoy',0,24,'2025-09-30','Kemal Aksoy','Roel kwam langs op het inloopspreekuur in Hoensbroek-Centrum. Aangemeld bij WerkvoorHeerlen voor een ontwikkeltraject. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(104,'09e2b8ee-14ba-408b-9557-4153ee5ff276',1,'2026-12-05T18:41:04.661120Z','Kemal Aksoy','2026-12-05T18:41:04.661120Z','Kemal Aksoy',0,24,'2025-11-26','Kemal Aksoy','Afspraak in het buurtcentrum met dhr. Ramakers. Driegesprek met trajectbegeleider van WerkvoorHeerlen: werkritme gaat vooruit.',0,NULL,NULL);
INSERT INTO journal VALUES(105,'9850b849-0365-481e-a4d2-a444295ac31d',1,'2026-12-05T18:41:04.661164Z','Kemal Aksoy','2026-12-05T18:41:04.661164Z','Kemal Aksoy',0,24,'2026-01-22','Kemal Aksoy','Roel belde zelf naar het buurtteam. Woonsituatie besproken; de woning is te klein, maar de wachttijd is lang. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(106,'a57ec6ae-7a81-462f-b028-b1692a5713d4',1,'2026-12-05T18:41:04.661212Z','Kemal Aksoy','2026-12-05T18:41:04.661212Z','Kemal Aksoy',0,24,'2026-06-10','Kemal Aksoy','Telefonisch contact met Roel. Gestart op een leerwerkplek groenonderhoud in Hoensbroek-Centrum.',0,NULL,NULL);
INSERT INTO journal VALUES(107,'77fc9e93-23b2-415b-83b9-fb4f73a6d199',1,'2026-12-05T18:41:04.661261Z','Sanne Vermeulen','2026-12-05T18:41:04.661261Z','Sanne Vermeulen',0,24,'2026-10-02','Sanne Vermeulen','Roel belde zelf naar het buurtteam. Cursus digitale vaardigheden in het buurtcentrum gestart via WerkvoorHeerlen. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(108,'21c58996-9ae4-4f86-9c95-06c6cd87c243',1,'2026-12-05T18:41:04.661357Z','Sanne Vermeulen','2026-12-05T18:41:04.661357Z','Sanne Vermeulen',0,24,'2026-10-20','Sanne Vermeulen','Gesprek met Roel op het buurtkantoor. Driegesprek met trajectbegeleider van WerkvoorHeerlen: werkritme gaat vooruit.',0,NULL,NULL);
INSERT INTO journal VALUES(109,'35a63058-0454-46eb-995e-9ce3b79fd917',1,'2026-12-05T18:41:04.661686Z','Kemal Aksoy','2026-12-05T18:41:04.661686Z','Kemal Aksoy',0,25,'2023-04-08','Kemal Aksoy','Intakegesprek met Ilse op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(110,'d42056a9-0412-4005-9376-52af030028ca',1,'2026-12-05T18:41:04.661737Z','Kemal Aksoy','2026-12-05T18:41:04.661737Z','Kemal Aksoy',0,25,'2023-04-13','Kemal Aksoy','Telefonisch contact met Ilse. Met Ilse gesproken over lezen en schrijven; aanmelding taaltraject bij het Taalhuis besproken.',0,NULL,NULL);
INSERT INTO journal VALUES(111,'7aeba56f-ce68-4e22-beb4-e97ecd56a4ed',1,'2026-12-05T18:41:04.661779Z','Nadia Bouzerda','2026-12-05T18:41:04.661779Z','Nadia Bouzerda',0,25,'2023-05-16','Nadia Bouzerda','Ilse kwam langs op het inloopspreekuur in Schelsberg. Overleg met Jeugdzorg over ondersteuning van het gezin.',0,NULL,NULL);
INSERT INTO journal VALUES(112,'98479eee-c066-4c20-94f5-9716b27f47a4',1,'2026-12-05T18:41:04.661824Z','Nadia Bouzerda','2026-12-05T18:41:04.661824Z','Nadia Bouzerda',0,25,'2023-06-03','Nadia Bouzerda','Ilse belde zelf naar het buurtteam. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Nadia Bouzerda sluit de volgende keer aan.',0,NULL,NULL);
INSERT INTO journal VALUES(113,'2fa1afaf-e63e-4b85-8470-3bba305404b8',1,'2026-12-05T18:41:04.661920Z','Kemal Aksoy','2026-12-05T18:41:04.661920Z','Kemal Aksoy',0,25,'2023-06-14','Kemal Aksoy','Huisbezoek afgelegd samen met Nadia Bouzerda. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(114,'bbaa0861-3946-4193-9429-7d02167e9821',1,'2026-12-05T18:41:04.661979Z','Kemal Aksoy','2026-12-05T18:41:04.661979Z','Kemal Aksoy',0,25,'2023-06-16','Kemal Aksoy','Telefonisch contact met Ilse. Kennismaking op de beschut-werkafdeling van WerkvoorHeerlen; Ilse kan volgende maand starten. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(115,'971257f6-e637-450c-9337-bddd77faf8f7',1,'2026-12-05T18:41:04.662196Z','Nadia Bouzerda','2026-12-05T18:41:04.662196Z','Nadia Bouzerda',0,25,'2023-06-17','Nadia Bouzerda','Beeldbellen met Ilse. Kennismaking op de beschut-werkafdeling van WerkvoorHeerlen; Ilse kan volgende maand starten.',0,NULL,NULL);
INSERT INTO journal VALUES(116,'b4cca470-239b-4c76-b114-28cb04b4623f',1,'2026-12-05T18:41:04.662256Z','Kemal Aksoy','2026-12-05T18:41:04.662256Z','Kemal Aksoy',0,25,'2023-06-23','Kemal Aksoy','Plaatsing in beschut werk is stabiel. Dossier in overleg gesloten.',0,NULL,NULL);
INSERT INTO journal VALUES(117,'c9fe6915-3529-441e-aa6c-d384cc0900cf',1,'2026-12-05T18:41:04.662479Z','Kemal Aksoy','2026-12-05T18:41:04.662479Z','Kemal Aksoy',0,26,'2024-04-07','Kemal Aksoy','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(118,'c9a6dd4f-b36f-40df-a252-004d1bfae1f5',1,'2026-12-05T18:41:04.662521Z','Kemal Aksoy','2026-12-05T18:41:04.662521Z','Kemal Aksoy',0,26,'2024-07-31','Kemal Aksoy','Beeldbellen met Wiel. Wensen rond werk verkend; Wiel weet nog niet wat haalbaar is. Wiel stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(119,'17a1be93-7ec1-41b9-b9e1-f17d932ad0bb',1,'2026-12-05T18:41:04.662561Z','Kemal Aksoy','2026-12-05T18:41:04.662561Z','Kemal Aksoy',0,26,'2026-03-11','Kemal Aksoy','Beeldbellen met Wiel. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(120,'f6b42738-d19e-46f7-936d-0b3344fe233a',1,'2026-12-05T18:41:04.662605Z','Kemal Aksoy','2026-12-05T18:41:04.662605Z','Kemal Aksoy',0,26,'2026-07-13','Kemal Aksoy','Huisbezoek bij dhr. Ramakers. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(121,'bfdf78b8-4bbd-4650-beec-0e6fc7c2502c',1,'2026-12-05T18:41:04.662652Z','Kemal Aksoy','2026-12-05T18:41:04.662652Z','Kemal Aksoy',0,26,'2026-09-04','Kemal Aksoy','Wiel belde zelf naar het buurtteam. Wensen rond werk verkend; Wiel weet nog niet wat haalbaar is.',0,NULL,NULL);
INSERT INTO journal VALUES(122,'726ed5da-0966-403e-a3a2-589b1941795e',1,'2026-12-05T18:41:04.662800Z','Ricardo Martis','2026-12-05T18:41:04.662800Z','Ricardo Martis',0,27,'2025-01-01','Ricardo Martis','Kennismaking en intake bij mw. Statia thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Er zijn schulden, geschat op € 22.110,25; nog niet alles is bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(123,'7be008b8-e176-4d73-982e-22c6bbae1485',1,'2026-12-05T18:41:04.662883Z','Ricardo Martis','2026-12-05T18:41:04.662883Z','Ricardo Martis',0,27,'2025-04-23','Ricardo Martis','Afspraak in het buurtcentrum met mw. Statia. DigiD samen aangevraagd, zodat Gisela zelf zaken met de gemeente kan regelen.',0,NULL,NULL);
INSERT INTO journal VALUES(124,'33dab53b-da52-46e6-8578-536d9b80586f',1,'2026-12-05T18:41:04.662933Z','Ricardo Martis','2026-12-05T18:41:04.662933Z','Ricardo Martis',0,27,'2025-10-25','Ricardo Martis','Gisela kwam langs op het inloopspreekuur in Nieuw Lotbroek-Zuid. Inkomsten en uitgaven op een rij gezet; er blijft weinig over.',0,NULL,NULL);
INSERT INTO journal VALUES(125,'391d3193-6a92-4a38-ae44-96417c6b15ae',1,'2026-12-05T18:41:04.662979Z','Nadia Bouzerda','2026-12-05T18:41:04.662979Z','Nadia Bouzerda',0,27,'2026-01-14','Nadia Bouzerda','Telefonisch contact met Gisela. Het gaat wisselend; Gisela slaapt slecht door de zorgen. Over een maand evalueren.',0,NULL,NULL);
INSERT INTO journal VALUES(126,'1647be8d-7769-408b-bb1e-376dfe3910b0',1,'2026-12-05T18:41:04.663028Z','Ricardo Martis','2026-12-05T18:41:04.663028Z','Ricardo Martis',0,27,'2026-01-25','Ricardo Martis','Gisela belde zelf naar het buurtteam. Gesprek over een basisbaan bij de gemeente; Gisela kan starten als buurtconciërge.',0,NULL,NULL);
INSERT INTO journal VALUES(127,'7780eed3-edc3-4e9a-8d31-af30bf7e42bd',1,'2026-12-05T18:41:04.663084Z','Ricardo Martis','2026-12-05T18:41:04.663084Z','Ricardo Martis',0,27,'2026-03-09','Ricardo Martis','Eerst een appje gestuurd, daarna gebeld met Gisela. Inkomsten en uitgaven op een rij gezet; er blijft weinig over. Nadia Bouzerda sluit de volgende keer aan.',0,NULL,NULL);
INSERT INTO journal VALUES(128,'21460d49-7cd8-423f-a4d6-9c5923e873fd',1,'2026-12-05T18:41:04.663141Z','Ricardo Martis','2026-12-05T18:41:04.663141Z','Ricardo Martis',0,27,'2026-07-08','Ricardo Martis','Korte check-in per telefoon. Nieuwe aanmaning van het CJIB samen doorgenomen. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(129,'470c2e85-7225-4fc3-9dc9-c415e6d83ec8',1,'2026-12-05T18:41:04.663371Z','Ricardo Martis','2026-12-05T18:41:04.663371Z','Ricardo Martis',0,27,'2026-10-04','Ricardo Martis','Korte check-in per telefoon. Driegesprek met team schuldhulpverlening; stabilisatiefase gestart.',0,NULL,NULL);
INSERT INTO journal VALUES(130,'baaf9777-4073-4bb6-b574-66485d367b55',1,'2026-12-05T18:41:04.663534Z','Nadia Bouzerda','2026-12-05T18:41:04.663534Z','Nadia Bouzerda',0,28,'2025-03-08','Nadia Bouzerda','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Stapel ongeopende post; schulden voorlopig geschat op € 3.838,68.',0,NULL,NULL);
INSERT INTO journal VALUES(131,'f50f4f0d-ec58-4f5f-8244-aa8edc8fe528',1,'2026-12-05T18:41:04.663574Z','Nadia Bouzerda','2026-12-05T18:41:04.663574Z','Nadia Bouzerda',0,28,'2026-01-14','Nadia Bouzerda','Patricia belde zelf naar het buurtteam. Beslag op de uitkering besproken; beslagvrije voet laten controleren. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(132,'db2a0e70-35c2-47d7-8681-c6c9cee50486',1,'2026-12-05T18:41:04.663616Z','Nadia Bouzerda','2026-12-05T18:41:04.663616Z','Nadia Bouzerda',0,28,'2026-04-09','Nadia Bouzerda','Telefonisch contact met Patricia. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(133,'40934ace-add9-4330-a8d8-d4c294e48f76',1,'2026-12-05T18:41:04.663662Z','Nadia Bouzerda','2026-12-05T18:41:04.663662Z','Nadia Bouzerda',0,28,'2026-04-25','Nadia Bouzerda','Afspraak in het buurtcentrum met mw. Houben. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid.',0,NULL,NULL);
INSERT INTO journal VALUES(134,'f6c62a61-cf78-420b-ae33-4ffffcd0fa1f',1,'2026-12-05T18:41:04.663714Z','Nadia Bouzerda','2026-12-05T18:41:04.663714Z','Nadia Bouzerda',0,28,'2026-05-18','Nadia Bouzerda','Patricia belde zelf naar het buurtteam. Proefplaatsing via WSP besproken; Patricia is enthousiast. Patricia stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(135,'3afcd6ae-3ee8-4fce-8107-b144c71d5510',1,'2026-12-05T18:41:04.663767Z','Sanne Vermeulen','2026-12-05T18:41:04.663767Z','Sanne Vermeulen',0,28,'2026-06-30','Sanne Vermeulen','Huisbezoek afgelegd samen met Sanne Vermeulen. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan.',0,NULL,NULL);
INSERT INTO journal VALUES(136,'6571d631-3dbd-47c6-a99b-d8b5e247aa82',1,'2026-12-05T18:41:04.663821Z','Nadia Bouzerda','2026-12-05T18:41:04.663821Z','Nadia Bouzerda',0,28,'2026-07-20','Nadia Bouzerda','Telefonisch contact met Patricia. Schulden besproken; Patricia wil eerst zelf een overzicht maken. Patricia stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(137,'e945838c-5816-420f-a5ff-c27fe24abab7',1,'2026-12-05T18:41:04.664056Z','Luuk Pelzer','2026-12-05T18:41:04.664056Z','Luuk Pelzer',0,29,'2023-04-22','Luuk Pelzer','Eerste gesprek met Rob, samen met Ricardo Martis. Afgesproken eerst rust te brengen in de post en de rekeningen. Schulden meteen besproken: naar schatting € 1.471,13.',0,NULL,NULL);
INSERT INTO journal VALUES(138,'c919b1ca-2610-484d-a1e8-7ae5c45a3b18',1,'2026-12-05T18:41:04.664099Z','Luuk Pelzer','2026-12-05T18:41:04.664099Z','Luuk Pelzer',0,29,'2023-09-16','Luuk Pelzer','Huisbezoek afgelegd samen met Ricardo Martis. Maatje helpt met het ordenen van de administratie; dat gaat goed.',0,NULL,NULL);
INSERT INTO journal VALUES(139,'9584421f-b886-4a61-88b0-04c3a5ac2bb4',1,'2026-12-05T18:41:04.664141Z','Luuk Pelzer','2026-12-05T18:41:04.664141Z','Luuk Pelzer',0,29,'2024-02-01','Luuk Pelzer','Gesprek met Rob op het buurtkantoor. Afspraken van vorige keer zijn nagekomen. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(140,'17495f9a-d3ca-49d9-a50a-36d26e2f2168',1,'2026-12-05T18:41:04.664189Z','Luuk Pelzer','2026-12-05T18:41:04.664189Z','Luuk Pelzer',0,29,'2026-05-27','Luuk Pelzer','Afspraak in het buurtcentrum met dhr. Smeets. Beslag op de uitkering besproken; beslagvrije voet laten controleren. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(141,'5ef43860-ae45-4288-b3dd-ab4e244ceced',1,'2026-12-05T18:41:04.664657Z','Luuk Pelzer','2026-12-05T18:41:04.664657Z','Luuk Pelzer',0,30,'2023-12-05','Luuk Pelzer','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Er zijn schulden, geschat op € 23.050,29; nog niet alles is bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(142,'78976c33-1c2f-47f0-8467-faf7d4ba942c',1,'2026-12-05T18:41:04.664701Z','Kemal Aksoy','2026-12-05T18:41:04.664701Z','Kemal Aksoy',0,30,'2024-01-26','Kemal Aksoy','Beeldbellen met Lieke. Cursus digitale vaardigheden in het buurtcentrum gestart via WerkvoorHeerlen.',0,NULL,NULL);
INSERT INTO journal VALUES(143,'9b6ddc4c-c191-4a3a-8bf0-5b157f1d5fe6',1,'2026-12-05T18:41:04.664740Z','Luuk Pelzer','2026-12-05T18:41:04.664740Z','Luuk Pelzer',0,30,'2024-04-12','Luuk Pelzer','Lieke belde zelf naar het buurtteam. Hoge energierekening besproken; energiecoach ingeschakeld.',0,NULL,NULL);
INSERT INTO journal VALUES(144,'8404d886-dab7-4d06-b7d5-55ded997afd2',1,'2026-12-05T18:41:04.664782Z','Luuk Pelzer','2026-12-05T18:41:04.664782Z','Luuk Pelzer',0,30,'2024-07-17','Luuk Pelzer','Afsluitend gesprek: Lieke is aan het werk en heeft geen ondersteuning meer nodig. Dossier gesloten.',0,NULL,NULL);
INSERT INTO journal VALUES(145,'fe534a0d-fb84-404c-8d9d-750fe4b5889e',1,'2026-12-05T18:41:04.665063Z','Nadia Bouzerda','2026-12-05T18:41:04.665063Z','Nadia Bouzerda',0,31,'2023-05-10','Nadia Bouzerda','Intakegesprek met Noud op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(146,'7bf6f5d9-9e6d-4d51-b22a-11bc125fc2f7',1,'2026-12-05T18:41:04.665101Z','Nadia Bouzerda','2026-12-05T18:41:04.665101Z','Nadia Bouzerda',0,31,'2023-05-21','Nadia Bouzerda','Huisbezoek bij dhr. Ramakers. Kwijtschelding gemeentelijke belastingen samen aangevraagd. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(147,'9ee43bcb-5419-421d-a634-7728a675f5c2',1,'2026-12-05T18:41:04.665139Z','Nadia Bouzerda','2026-12-05T18:41:04.665139Z','Nadia Bouzerda',0,31,'2023-07-23','Nadia Bouzerda','Huisbezoek afgelegd samen met Monique Dautzenberg. Afspraak gemist; nieuwe afspraak gemaakt.',0,NULL,NULL);
INSERT INTO journal VALUES(148,'09f8fd20-cdaa-454b-9a75-2293c0bf5b3d',1,'2026-12-05T18:41:04.665178Z','Monique Dautzenberg','2026-12-05T18:41:04.665178Z','Monique Dautzenberg',0,31,'2023-08-14','Monique Dautzenberg','Gesprek met Noud op het buurtkantoor. Kwijtschelding gemeentelijke belastingen samen aangevraagd. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(149,'763f18bc-1a5b-444a-8768-db01f4b9ab39',1,'2026-12-05T18:41:04.665225Z','Nadia Bouzerda','2026-12-05T18:41:04.665225Z','Nadia Bouzerda',0,31,'2024-02-19','Nadia Bouzerda','Afspraak in het buurtcentrum met dhr. Ramakers. Hoge energierekening besproken; energiecoach ingeschakeld.',0,NULL,NULL);
INSERT INTO journal VALUES(150,'4c1660a4-0952-4249-9faa-05b9b6e750ca',1,'2026-12-05T18:41:04.665275Z','Nadia Bouzerda','2026-12-05T18:41:04.665275Z','Nadia Bouzerda',0,31,'2024-04-06','Nadia Bouzerda','Korte check-in per telefoon. Met toestemming van Noud overleg met de huisarts over belastbaarheid.',0,NULL,NULL);
INSERT INTO journal VALUES(151,'6251d502-857b-47bb-8913-c046bd846584',1,'2026-12-05T18:41:04.665383Z','Nadia Bouzerda','2026-12-05T18:41:04.665383Z','Nadia Bouzerda',0,31,'2024-10-08','Nadia Bouzerda','Noud is verhuisd; overdracht aan het buurtteam in de nieuwe woonplaats. Dossier gesloten.',0,NULL,NULL);
INSERT INTO journal VALUES(152,'7daaead6-049e-4bf3-bf36-15b12c62658b',1,'2026-12-05T18:41:04.665596Z','Nadia Bouzerda','2026-12-05T18:41:04.665596Z','Nadia Bouzerda',0,32,'2023-12-29','Nadia Bouzerda','Intake telefonisch gestart, daarna huisbezoek. Stijn staat open voor ondersteuning. Schulden meteen besproken: naar schatting € 13.869,79.',0,NULL,NULL);
INSERT INTO journal VALUES(153,'daa094ff-2b1e-4004-ba87-e77abea61f4f',1,'2026-12-05T18:41:04.665636Z','Sanne Vermeulen','2026-12-05T18:41:04.665636Z','Sanne Vermeulen',0,32,'2024-02-14','Sanne Vermeulen','Stijn belde zelf naar het buurtteam. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend.',0,NULL,NULL);
INSERT INTO journal VALUES(154,'8172a6c8-7f7c-4103-a81d-f1873e263b20',1,'2026-12-05T18:41:04.665679Z','Nadia Bouzerda','2026-12-05T18:41:04.665679Z','Nadia Bouzerda',0,32,'2024-08-16','Nadia Bouzerda','Stijn belde zelf naar het buurtteam. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid. Over een maand evalueren.',0,NULL,NULL);
INSERT INTO journal VALUES(155,'b8b6cc73-81c1-4956-80a1-ac5c08433279',1,'2026-12-05T18:41:04.665801Z','Nadia Bouzerda','2026-12-05T18:41:04.665801Z','Nadia Bouzerda',0,32,'2025-02-09','Nadia Bouzerda','Korte check-in per telefoon. Proefplaatsing via WSP besproken; Stijn is enthousiast.',0,NULL,NULL);
INSERT INTO journal VALUES(156,'8b1a1051-8bd2-4d8c-811a-ad25b262c3a5',1,'2026-12-05T18:41:04.665887Z','Nadia Bouzerda','2026-12-05T18:41:04.665887Z','Nadia Bouzerda',0,32,'2025-03-19','Nadia Bouzerda','Beeldbellen met Stijn. Inkomsten en uitgaven op een rij gezet; er blijft weinig over.',0,NULL,NULL);
INSERT INTO journal VALUES(157,'154d2a70-0ffd-4f39-a4dc-b3a2be010c76',1,'2026-12-05T18:41:04.666143Z','Sanne Vermeulen','2026-12-05T18:41:04.666143Z','Sanne Vermeulen',0,32,'2025-06-03','Sanne Vermeulen','Afsluitend gesprek: Stijn is aan het werk en heeft geen ondersteuning meer nodig. Dossier gesloten.',0,NULL,NULL);
INSERT INTO journal VALUES(158,'bd66e90a-ce24-4d83-9c8d-7075ad94de27',1,'2026-12-05T18:41:04.666355Z','Sanne Vermeulen','2026-12-05T18:41:04.666355Z','Sanne Vermeulen',0,33,'2025-09-07','Sanne Vermeulen','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden nagevraagd: geen achterstanden.',0,NULL,NULL);
INSERT INTO journal VALUES(159,'816d6137-bbc5-4aac-9b7a-a1a7b7715f5a',1,'2026-12-05T18:41:04.666393Z','Monique Dautzenberg','2026-12-05T18:41:04.666393Z','Monique Dautzenberg',0,33,'2025-10-11','Monique Dautzenberg','Huisbezoek bij mw. Hamdan. Telefonische tolk ingezet voor het gesprek. Sanne Vermeulen sluit de volgende keer aan.',0,NULL,NULL);
INSERT INTO journal VALUES(160,'b40753f9-f7d0-49e5-ab44-d6cd7bb8fd42',1,'2026-12-05T18:41:04.666431Z','Monique Dautzenberg','2026-12-05T18:41:04.666431Z','Monique Dautzenberg',0,33,'2026-02-14','Monique Dautzenberg','Eerst een appje gestuurd, daarna gebeld met Rania. Basisbaan gestart; eerste evaluatie met de leidinggevende positief.',0,NULL,NULL);
INSERT INTO journal VALUES(161,'c4bee13a-42e8-4e49-ae2a-67c930bc70c6',1,'2026-12-05T18:41:04.666472Z','Monique Dautzenberg','2026-12-05T18:41:04.666472Z','Monique Dautzenberg',0,33,'2026-03-20','Monique Dautzenberg','Afspraak in het buurtcentrum met mw. Hamdan. Basisbaan gestart; eerste evaluatie met de leidinggevende positief.',0,NULL,NULL);
INSERT INTO journal VALUES(162,'e3fa8489-dd38-4368-a797-084a4ee4c651',1,'2026-12-05T18:41:04.666518Z','Monique Dautzenberg','2026-12-05T18:41:04.666518Z','Monique Dautzenberg',0,33,'2026-06-14','Monique Dautzenberg','Rania belde zelf naar het buurtteam. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(163,'d1e16ffa-acf6-4b32-ba71-e0094c60a5b0',1,'2026-12-05T18:41:04.666567Z','Monique Dautzenberg','2026-12-05T18:41:04.666567Z','Monique Dautzenberg',0,33,'2026-07-31','Monique Dautzenberg','Beeldbellen met Rania. Gesprek over een basisbaan bij de gemeente; Rania kan starten als buurtconciërge.',0,NULL,NULL);
INSERT INTO journal VALUES(164,'36e07519-5e41-4113-8238-02e115aba012',1,'2026-12-05T18:41:04.666620Z','Sanne Vermeulen','2026-12-05T18:41:04.666620Z','Sanne Vermeulen',0,33,'2026-10-10','Sanne Vermeulen','Beeldbellen met Rania. Gesprek over een basisbaan bij de gemeente; Rania kan starten als buurtconciërge.',0,NULL,NULL);
INSERT INTO journal VALUES(165,'00d46ff7-7f98-4b84-86db-bbda51082767',1,'2026-12-05T18:41:04.666668Z','Sanne Vermeulen','2026-12-05T18:41:04.666668Z','Sanne Vermeulen',0,33,'2026-11-14','Sanne Vermeulen','Rania kwam langs op het inloopspreekuur in Hoensbroek-Centrum. Basisbaan gestart; eerste evaluatie met de leidinggevende positief.',0,NULL,NULL);
INSERT INTO journal VALUES(166,'06926c45-bf69-4900-b185-17dd399428a8',1,'2026-12-05T18:41:04.667014Z','Sanne Vermeulen','2026-12-05T18:41:04.667014Z','Sanne Vermeulen',0,34,'2026-11-24','Sanne Vermeulen','Kennismaking en intake bij dhr. Kurvers thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(167,'ea3e84a2-6356-4609-8768-b76212caef04',1,'2026-12-05T18:41:04.667295Z','Luuk Pelzer','2026-12-05T18:41:04.667295Z','Luuk Pelzer',0,35,'2023-03-11','Luuk Pelzer','Mieke kwam zelf naar het inloopspreekuur in Passart. Intake meteen gedaan. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(168,'b4e886e3-6175-4515-a90f-6124dffeadf2',1,'2026-12-05T18:41:04.667333Z','Sanne Vermeulen','2026-12-05T18:41:04.667333Z','Sanne Vermeulen',0,35,'2023-04-26','Sanne Vermeulen','Afspraak in het buurtcentrum met mw. Van der Meer. Afspraak gemist; nieuwe afspraak gemaakt.',0,NULL,NULL);
INSERT INTO journal VALUES(169,'6412a284-a2e5-4d2d-9c9e-9728c5de6292',1,'2026-12-05T18:41:04.667373Z','Sanne Vermeulen','2026-12-05T18:41:04.667373Z','Sanne Vermeulen',0,35,'2023-07-02','Sanne Vermeulen','Telefonisch contact met Mieke. Mieke doet vrijwilligerswerk in het buurthuis en heeft daar plezier in.',0,NULL,NULL);
INSERT INTO journal VALUES(170,'bb76ddb7-e2e6-4bf3-a33f-250a3a3ad72f',1,'2026-12-05T18:41:04.667411Z','Sanne Vermeulen','2026-12-05T18:41:04.667411Z','Sanne Vermeulen',0,35,'2023-11-21','Sanne Vermeulen','Eerst een appje gestuurd, daarna gebeld met Mieke. Afspraak gemist; nieuwe afspraak gemaakt.',0,NULL,NULL);
INSERT INTO journal VALUES(171,'535432bb-8011-49f6-809b-be8089f29c85',1,'2026-12-05T18:41:04.667452Z','Luuk Pelzer','2026-12-05T18:41:04.667452Z','Luuk Pelzer',0,35,'2026-07-11','Luuk Pelzer','Huisbezoek afgelegd samen met Luuk Pelzer. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid.',0,NULL,NULL);
INSERT INTO journal VALUES(172,'aca056a6-a3d0-479b-8679-eb40e7646134',1,'2026-12-05T18:41:04.667604Z','Monique Dautzenberg','2026-12-05T18:41:04.667604Z','Monique Dautzenberg',0,36,'2024-09-09','Monique Dautzenberg','Intakegesprek met Ayşe op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Geen schulden bekend.',0,NULL,NULL);
INSERT INTO journal VALUES(173,'d7932f78-6e61-4d07-8611-b3a778b6dd49',1,'2026-12-05T18:41:04.667642Z','Monique Dautzenberg','2026-12-05T18:41:04.667642Z','Monique Dautzenberg',0,36,'2024-10-04','Monique Dautzenberg','Korte check-in per telefoon. Terugkoppeling werkgever: goede eerste weken, contract wordt verlengd.',0,NULL,NULL);
INSERT INTO journal VALUES(174,'2af8284c-b445-4fc9-b841-d80f7a519e72',1,'2026-12-05T18:41:04.667678Z','Monique Dautzenberg','2026-12-05T18:41:04.667678Z','Monique Dautzenberg',0,36,'2024-10-28','Monique Dautzenberg','Beeldbellen met Ayşe. Afspraak gemist; nieuwe afspraak gemaakt. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(175,'34000f47-bafa-4608-b6d7-9c133f1751b8',1,'2026-12-05T18:41:04.667720Z','Ricardo Martis','2026-12-05T18:41:04.667720Z','Ricardo Martis',0,36,'2024-11-26','Ricardo Martis','Afspraak in het buurtcentrum met mw. Yıldız. Overleg met WSP Parkstad over vacatures in de logistiek.',0,NULL,NULL);
INSERT INTO journal VALUES(176,'f9c8b07e-2604-41b0-ae62-ba22daef8535',1,'2026-12-05T18:41:04.667761Z','Monique Dautzenberg','2026-12-05T18:41:04.667761Z','Monique Dautzenberg',0,36,'2025-03-19','Monique Dautzenberg','Afspraak in het buurtcentrum met mw. Yıldız. CV samen bijgewerkt en naar WSP Parkstad gestuurd. Ayşe stuurt de ontbrekende stukken na.',0,NULL,NULL);
INSERT INTO journal VALUES(177,'293143f5-d17c-4a95-b50c-1afc0b40eb85',1,'2026-12-05T18:41:04.667807Z','Monique Dautzenberg','2026-12-05T18:41:04.667807Z','Monique Dautzenberg',0,36,'2025-07-08','Monique Dautzenberg','Huisbezoek bij mw. Yıldız. Woonsituatie besproken; de woning is te klein, maar de wachttijd is lang. Volgende afspraak over twee weken.',0,NULL,NULL);
INSERT INTO journal VALUES(178,'a9ba4344-c30b-4045-b602-4e9ae36876d8',1,'2026-12-05T18:41:04.667906Z','Monique Dautzenberg','2026-12-05T18:41:04.667906Z','Monique Dautzenberg',0,36,'2025-09-18','Monique Dautzenberg','Afsluitend gesprek: Ayşe is aan het werk en heeft geen ondersteuning meer nodig. Dossier gesloten.',0,NULL,NULL);
INSERT INTO journal VALUES(179,'322cf054-11af-4c3e-9f82-e35122ec8538',1,'2026-12-05T18:41:04.668398Z','Kemal Aksoy','2026-12-05T18:41:04.668398Z','Kemal Aksoy',0,37,'2025-09-03','Kemal Aksoy','Intakegesprek met Romy op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Schulden meteen besproken: naar schatting € 1.552,39.',0,NULL,NULL);
INSERT INTO journal VALUES(180,'c004e969-6050-46b9-af84-a3e14dda0c90',1,'2026-12-05T18:41:04.668442Z','Kemal Aksoy','2026-12-05T18:41:04.668442Z','Kemal Aksoy',0,37,'2025-11-09','Kemal Aksoy','Romy belde zelf naar het buurtteam. Eenzaamheid besproken; koffieochtend in Zeswegen voorgesteld.',0,NULL,NULL);
INSERT INTO journal VALUES(181,'2c693269-6c53-435c-bb50-9ff7d806c255',1,'2026-12-05T18:41:04.668481Z','Kemal Aksoy','2026-12-05T18:41:04.668481Z','Kemal Aksoy',0,37,'2026-01-20','Kemal Aksoy','Telefonisch contact met Romy. Inkomsten en uitgaven op een rij gezet; er blijft weinig over.',0,NULL,NULL);
INSERT INTO journal VALUES(182,'3c32d13f-4ab5-4fbd-bced-436a64a5811e',1,'2026-12-05T18:41:04.668527Z','Ricardo Martis','2026-12-05T18:41:04.668527Z','Ricardo Martis',0,37,'2026-03-17','Ricardo Martis','Gesprek met Romy op het buurtkantoor. DigiD samen aangevraagd, zodat Romy zelf zaken met de gemeente kan regelen.',0,NULL,NULL);
INSERT INTO journal VALUES(183,'85bb7ca6-b921-4a3d-8b59-dbcffdd1de9c',1,'2026-12-05T18:41:04.668574Z','Ricardo Martis','2026-12-05T18:41:04.668574Z','Ricardo Martis',0,37,'2026-06-02','Ricardo Martis','Beeldbellen met Romy. Driegesprek met team schuldhulpverlening; stabilisatiefase gestart.',0,NULL,NULL);
INSERT INTO journal VALUES(184,'c3b0309b-188f-4f3c-a57d-ca59f016e1e0',1,'2026-12-05T18:41:04.668620Z','Ricardo Martis','2026-12-05T18:41:04.668620Z','Ricardo Martis',0,37,'2026-08-22','Ricardo Martis','Huisbezoek bij mw. Van Es. Huurachterstand: regeling getroffen met de woningcorporatie. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(185,'46fbfae2-99ed-4765-b87a-893250b918b6',1,'2026-12-05T18:41:04.668671Z','Ricardo Martis','2026-12-05T18:41:04.668671Z','Ricardo Martis',0,37,'2026-10-19','Ricardo Martis','Romy belde zelf naar het buurtteam. Woonsituatie besproken; de woning is te klein, maar de wachttijd is lang.',0,NULL,NULL);
INSERT INTO journal VALUES(186,'bfe4a03d-6c30-4109-9b38-a602cb0ed393',1,'2026-12-05T18:41:04.668884Z','Luuk Pelzer','2026-12-05T18:41:04.668884Z','Luuk Pelzer',0,38,'2023-08-21','Luuk Pelzer','Aangemeld door de huisarts, met toestemming van Roel. Intakegesprek in het buurtcentrum. Schulden meteen besproken: naar schatting € 3.932,52.',0,NULL,NULL);
INSERT INTO journal VALUES(187,'8aea60a6-a6b3-4181-b2e0-b9fbf779a5f7',1,'2026-12-05T18:41:04.668932Z','Sanne Vermeulen','2026-12-05T18:41:04.668932Z','Sanne Vermeulen',0,38,'2024-01-09','Sanne Vermeulen','Afspraak in het buurtcentrum met dhr. Schijns. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid.',0,NULL,NULL);
INSERT INTO journal VALUES(188,'5f1a693e-d65f-47b6-abad-7cc4bdb60cac',1,'2026-12-05T18:41:04.668972Z','Sanne Vermeulen','2026-12-05T18:41:04.668972Z','Sanne Vermeulen',0,38,'2024-07-08','Sanne Vermeulen','Roel kwam langs op het inloopspreekuur in Hoensbroek-Centrum. Inkomsten en uitgaven op een rij gezet; er blijft weinig over. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(189,'23455c4e-b578-44a4-80f3-1e9128068e39',1,'2026-12-05T18:41:04.669021Z','Luuk Pelzer','2026-12-05T18:41:04.669021Z','Luuk Pelzer',0,38,'2024-09-05','Luuk Pelzer','Gesprek met Roel op het buurtkantoor. Hoge energierekening besproken; energiecoach ingeschakeld.',0,NULL,NULL);
INSERT INTO journal VALUES(190,'874151e4-f019-444b-9daa-d64229b332e1',1,'2026-12-05T18:41:04.669068Z','Sanne Vermeulen','2026-12-05T18:41:04.669068Z','Sanne Vermeulen',0,38,'2024-12-29','Sanne Vermeulen','Eerst een appje gestuurd, daarna gebeld met Roel. Stukken verzameld voor een minnelijke schuldregeling bij Kredietbank Limburg.',0,NULL,NULL);
INSERT INTO journal VALUES(191,'4a31436e-a1e5-4d7d-9e57-11171de8495f',1,'2026-12-05T18:41:04.669124Z','Sanne Vermeulen','2026-12-05T18:41:04.669124Z','Sanne Vermeulen',0,38,'2025-09-16','Sanne Vermeulen','Huisbezoek bij dhr. Schijns. Kwijtschelding gemeentelijke belastingen samen aangevraagd. Terugbellen na het weekend.',0,NULL,NULL);
INSERT INTO journal VALUES(192,'323a8542-67fd-440f-b227-b45b76511be6',1,'2026-12-05T18:41:04.669180Z','Luuk Pelzer','2026-12-05T18:41:04.669180Z','Luuk Pelzer',0,38,'2025-12-11','Luuk Pelzer','Gesprek met Roel op het buurtkantoor. Stukken verzameld voor een minnelijke schuldregeling bij Kredietbank Limburg. Luuk Pelzer sluit de volgende keer aan.',0,NULL,NULL);
INSERT INTO journal VALUES(193,'8ad357f1-6973-45d1-901d-a7afdfc2de25',1,'2026-12-05T18:41:04.669236Z','Luuk Pelzer','2026-12-05T18:41:04.669236Z','Luuk Pelzer',0,38,'2026-08-06','Luuk Pelzer','Korte check-in per telefoon. Nieuwe aanmaning van het CJIB samen doorgenomen.',0,NULL,NULL);
INSERT INTO journal VALUES(194,'8e5563fd-7cf7-482a-b16e-05e3869d386d',1,'2026-12-05T18:41:04.669792Z','Monique Dautzenberg','2026-12-05T18:41:04.669792Z','Monique Dautzenberg',0,39,'2025-11-13','Monique Dautzenberg','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden nagevraagd: geen achterstanden.',0,NULL,NULL);
INSERT INTO journal VALUES(195,'d9e4b2c0-e242-48b8-a016-440532d8d03e',1,'2026-12-05T18:41:04.669836Z','Sanne Vermeulen','2026-12-05T18:41:04.669836Z','Sanne Vermeulen',0,39,'2026-10-02','Sanne Vermeulen','Eerst een appje gestuurd, daarna gebeld met Monique. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Vervolgafspraak staat in de agenda.',0,NULL,NULL);
INSERT INTO journal VALUES(196,'d5601bdb-d36b-4383-942e-d6652524514f',1,'2026-12-05T18:41:04.670161Z','Monique Dautzenberg','2026-12-05T18:41:04.670161Z','Monique Dautzenberg',0,40,'2023-03-28','Monique Dautzenberg','Intakegesprek met Mustapha op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Stapel ongeopende post; schulden voorlopig geschat op € 17.624,75.',0,NULL,NULL);
INSERT INTO journal VALUES(197,'382ec1e4-1ca3-4e84-b6bb-d0a90cd27b50',1,'2026-12-05T18:41:04.670202Z','Nadia Bouzerda','2026-12-05T18:41:04.670202Z','Nadia Bouzerda',0,40,'2024-01-01','Nadia Bouzerda','Beeldbellen met Mustapha. Driegesprek met team schuldhulpverlening; stabilisatiefase gestart.',0,NULL,NULL);
INSERT INTO journal VALUES(198,'405f6c4f-245a-41b7-9826-2a04723a0a07',1,'2026-12-05T18:41:04.670241Z','Monique Dautzenberg','2026-12-05T18:41:04.670241Z','Monique Dautzenberg',0,40,'2024-03-18','Monique Dautzenberg','Beeldbellen met Mustapha. Driegesprek met trajectbegeleider van WerkvoorHeerlen: werkritme gaat vooruit.',0,NULL,NULL);
INSERT INTO journal VALUES(199,'ea1d80e8-f9cc-4aa9-88ea-3dcbf839a646',1,'2026-12-05T18:41:04.670282Z','Nadia Bouzerda','2026-12-05T18:41:04.670282Z','Nadia Bouzerda',0,40,'2024-09-10','Nadia Bouzerda','Afsluitend gesprek: Mustapha is met een opleiding gestart. Dossier gesloten.',0,NULL,NULL);
INSERT INTO journal VALUES(200,'7e39808a-ffcd-5cc6-9b8b-feed376c3170',1,'2026-12-05T18:41:04.674916Z','Demo buurtteam','2026-12-05T18:41:04.674916Z','Demo buurtteam',0,12,'2026-12-05','Demo buurtteam','Referred to the training “Taalcursus Nederlands (A1–A2)”',0,NULL,NULL);
INSERT INTO journal VALUES(201,'b5f823d7-6991-533a-b6d7-dac5ad61ef40',1,'2026-12-05T18:41:04.675268Z','Demo buurtteam','2026-12-05T18:41:04.675268Z','Demo buurtteam',0,12,'2026-12-05','Demo buurtteam','Placed in the training “Taalcursus Nederlands (A1–A2)”',0,NULL,NULL);
INSERT INTO journal VALUES(202,'0cce15f9-54ee-5f90-a2ea-7cfccbcebad6',1,'2026-12-05T18:41:04.675482Z','Demo buurtteam','2026-12-05T18:41:04.675482Z','Demo buurtteam',0,17,'2026-12-05','Demo buurtteam','Referred to the training “Taalcursus Nederlands (A1–A2)”',0,NULL,NULL);
INSERT INTO journal VALUES(203,'474da0ca-fb6c-5231-8600-fc8e44d0c93a',1,'2026-12-05T18:41:04.675680Z','Demo buurtteam','2026-12-05T18:41:04.675680Z','Demo buurtteam',0,17,'2026-12-05','Demo buurtteam','Placed in the training “Taalcursus Nederlands (A1–A2)”',0,NULL,NULL);
INSERT INTO journal VALUES(204,'7d8c751f-5b87-5e2f-ad31-807f8763971b',1,'2026-12-05T18:41:04.675786Z','Demo buurtteam','2026-12-05T18:41:04.675786Z','Demo buurtteam',0,33,'2026-12-05','Demo buurtteam','Referred to the training “Taalcursus Nederlands (A1–A2)”',0,NULL,NULL);
INSERT INTO journal VALUES(205,'3f6d1f15-135b-580e-bc15-09afbaa2ad52',1,'2026-12-05T18:41:04.676183Z','Demo buurtteam','2026-12-05T18:41:04.676183Z','Demo buurtteam',0,33,'2026-12-05','Demo buurtteam','Placed in the training “Taalcursus Nederlands (A1–A2)”',0,NULL,NULL);
INSERT INTO journal VALUES(206,'8b2228b8-d1a1-57a4-8195-30a2658610ad',1,'2026-12-05T18:41:04.676282Z','Demo buurtteam','2026-12-05T18:41:04.676282Z','Demo buurtteam',0,1,'2026-12-05','Demo buurtteam','Referred to the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(207,'b79e10e1-476c-5771-a704-6ff9d536332c',1,'2026-12-05T18:41:04.676366Z','Demo buurtteam','2026-12-05T18:41:04.676366Z','Demo buurtteam',0,1,'2026-12-05','Demo buurtteam','Placed in the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(208,'35d1fbf6-6209-532a-8030-b27bd1996487',1,'2026-12-05T18:41:04.676446Z','Demo buurtteam','2026-12-05T18:41:04.676446Z','Demo buurtteam',0,3,'2026-12-05','Demo buurtteam','Referred to the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(209,'4b38d0bb-311b-5fe3-b32c-3282f7dfd5b7',1,'2026-12-05T18:41:04.676530Z','Demo buurtteam','2026-12-05T18:41:04.676530Z','Demo buurtteam',0,3,'2026-12-05','Demo buurtteam','Placed in the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(210,'b38cb802-0b9e-5781-bc83-2f9c32f134aa',1,'2026-12-05T18:41:04.676668Z','Demo buurtteam','2026-12-05T18:41:04.676668Z','Demo buurtteam',0,5,'2026-12-05','Demo buurtteam','Referred to the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(211,'a18a1077-eb23-5a49-b0bf-18ce4d3f07fe',1,'2026-12-05T18:41:04.676768Z','Demo buurtteam','2026-12-05T18:41:04.676768Z','Demo buurtteam',0,5,'2026-12-05','Demo buurtteam','Placed in the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(212,'b2a84ab8-8adb-55d0-81ba-5cbbdb0c0986',1,'2026-12-05T18:41:04.676907Z','Demo buurtteam','2026-12-05T18:41:04.676907Z','Demo buurtteam',0,6,'2026-12-05','Demo buurtteam','Referred to the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(213,'2a827951-759b-50a4-9860-a7b61f6b4709',1,'2026-12-05T18:41:04.677000Z','Demo buurtteam','2026-12-05T18:41:04.677000Z','Demo buurtteam',0,6,'2026-12-05','Demo buurtteam','Placed in the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(214,'bb42d229-f0ba-583e-ad5a-28474c2521f5',1,'2026-12-05T18:41:04.677074Z','Demo buurtteam','2026-12-05T18:41:04.677074Z','Demo buurtteam',0,7,'2026-12-05','Demo buurtteam','Referred to the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(215,'483a7d80-28cd-53e3-9488-59e15c120ef4',1,'2026-12-05T18:41:04.677161Z','Demo buurtteam','2026-12-05T18:41:04.677161Z','Demo buurtteam',0,7,'2026-12-05','Demo buurtteam','Placed in the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(216,'d83487c9-967f-5bff-a5e4-b02e54e1b724',1,'2026-12-05T18:41:04.677243Z','Demo buurtteam','2026-12-05T18:41:04.677243Z','Demo buurtteam',0,9,'2026-12-05','Demo buurtteam','Referred to the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(217,'88f00592-5c0b-5eb1-a389-32a18b304d22',1,'2026-12-05T18:41:04.677362Z','Demo buurtteam','2026-12-05T18:41:04.677362Z','Demo buurtteam',0,9,'2026-12-05','Demo buurtteam','Placed in the training “Digitale vaardigheden”',0,NULL,NULL);
INSERT INTO journal VALUES(218,'d5fa2abe-e95d-5fc9-97e6-af23b74dd49f',1,'2026-12-05T18:41:04.677437Z','Demo buurtteam','2026-12-05T18:41:04.677437Z','Demo buurtteam',0,13,'2026-12-05','Demo buurtteam','Referred to the training “Sollicitatietraining”',0,NULL,NULL);
INSERT INTO journal VALUES(219,'f9173e5d-3e21-522e-9e48-a98edcf4440f',1,'2026-12-05T18:41:04.677523Z','Demo buurtteam','2026-12-05T18:41:04.677523Z','Demo buurtteam',0,11,'2026-12-05','Demo buurtteam','Referred to the training “Sollicitatietraining”',0,NULL,NULL);
INSERT INTO journal VALUES(220,'a189efee-a1cb-5818-b36f-5c5b577072dc',1,'2026-12-05T18:41:04.677623Z','Demo buurtteam','2026-12-05T18:41:04.677623Z','Demo buurtteam',0,10,'2026-12-05','Demo buurtteam','Referred to the training “Sollicitatietraining”',0,NULL,NULL);
CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_id INTEGER NOT NULL REFERENCES cases (id),
  what TEXT NOT NULL,
  owner TEXT,
  due_date TEXT,
  done INTEGER NOT NULL DEFAULT 0
, assignee INTEGER NOT NULL DEFAULT 0, done_on TEXT);
INSERT INTO actions VALUES(1,'95abbab6-6cbd-437a-afaf-6ad8b5cbf882',2,'2026-12-05T18:41:04.650790Z','Monique Dautzenberg','2026-12-05T18:41:04.650891Z','Monique Dautzenberg',0,3,'Stukken aanleveren bij Kredietbank Limburg',NULL,'2027-01-04',1,0,'2026-12-05');
INSERT INTO actions VALUES(2,'4006026f-c0eb-4e91-98cc-f75c97df7843',1,'2026-12-05T18:41:04.650946Z','Monique Dautzenberg','2026-12-05T18:41:04.650946Z','Monique Dautzenberg',0,3,'Dagbesteding in de wijk zoeken',NULL,'2027-01-11',0,0,NULL);
INSERT INTO actions VALUES(3,'a35ee251-7c9e-43c3-9989-2a2c077ffcd4',2,'2026-12-05T18:41:04.650961Z','Monique Dautzenberg','2026-12-05T18:41:04.650970Z','Monique Dautzenberg',0,3,'Schuldhulpmaatje aanvragen bij HeerlenStandBY',NULL,'2026-12-02',1,0,'2026-12-05');
INSERT INTO actions VALUES(4,'2250fc06-4665-4b83-9d89-92bf6f658c24',1,'2026-12-05T18:41:04.652211Z','Luuk Pelzer','2026-12-05T18:41:04.652211Z','Luuk Pelzer',0,5,'Overleg met Jeugdzorg plannen',NULL,'2026-12-15',0,0,NULL);
INSERT INTO actions VALUES(5,'5d4c2ec2-4111-4c7c-bc87-1f23df88290d',1,'2026-12-05T18:41:04.652224Z','Luuk Pelzer','2026-12-05T18:41:04.652224Z','Luuk Pelzer',0,5,'Evaluatiegesprek plannen','Romy Crombach','2026-12-05',0,0,NULL);
INSERT INTO actions VALUES(6,'09cd0f45-32aa-41f9-a67e-366e5a163db9',1,'2026-12-05T18:41:04.652451Z','Ricardo Martis','2026-12-05T18:41:04.652451Z','Ricardo Martis',0,6,'Dagbesteding in de wijk zoeken',NULL,'2026-12-08',0,0,NULL);
INSERT INTO actions VALUES(7,'33151e58-2429-4134-a7a4-de2d098ecedd',1,'2026-12-05T18:41:04.652463Z','Ricardo Martis','2026-12-05T18:41:04.652463Z','Ricardo Martis',0,6,'Toeslagen controleren met Zeynep',NULL,'2027-01-10',0,0,NULL);
INSERT INTO actions VALUES(8,'2d2e2778-c072-4966-b0b9-fb438611b00d',2,'2026-12-05T18:41:04.652475Z','Ricardo Martis','2026-12-05T18:41:04.652484Z','Ricardo Martis',0,6,'Huisbezoek plannen',NULL,'2026-11-05',1,0,'2026-12-05');
INSERT INTO actions VALUES(9,'117ac604-99e7-4801-bd84-cbdd504c25c4',2,'2026-12-05T18:41:04.653360Z','Luuk Pelzer','2026-12-05T18:41:04.653371Z','Luuk Pelzer',0,7,'Overleg met Jeugdzorg plannen','Nadia Bouzerda','2027-01-09',1,0,'2026-12-05');
INSERT INTO actions VALUES(10,'8a1ae62b-9cb6-47ed-b5d2-918962e1c1a7',2,'2026-12-05T18:41:04.653384Z','Luuk Pelzer','2026-12-05T18:41:04.653394Z','Luuk Pelzer',0,7,'Evaluatiegesprek plannen',NULL,'2026-11-28',1,0,'2026-12-05');
INSERT INTO actions VALUES(11,'16374605-805c-4044-bd5c-6ea0640e0947',1,'2026-12-05T18:41:04.653405Z','Luuk Pelzer','2026-12-05T18:41:04.653405Z','Luuk Pelzer',0,7,'Huisbezoek plannen','Monique Crombach','2026-12-13',0,0,NULL);
INSERT INTO actions VALUES(12,'3ec1a7d7-facf-4a89-a95d-7ed988b0753d',1,'2026-12-05T18:41:04.653598Z','Luuk Pelzer','2026-12-05T18:41:04.653598Z','Luuk Pelzer',0,8,'Evaluatiegesprek plannen','Naima Benali','2026-12-22',0,0,NULL);
INSERT INTO actions VALUES(13,'67fc29cc-f867-4c93-ad5c-224ecee52c20',1,'2026-12-05T18:41:04.653610Z','Luuk Pelzer','2026-12-05T18:41:04.653610Z','Luuk Pelzer',0,8,'Overleg met Jeugdzorg plannen',NULL,'2026-12-17',0,0,NULL);
INSERT INTO actions VALUES(14,'ff733955-8990-409f-b1e5-dce70d69b8e2',1,'2026-12-05T18:41:04.653659Z','Luuk Pelzer','2026-12-05T18:41:04.653659Z','Luuk Pelzer',0,8,'Intake taaltraject regelen','Naima Benali','2026-12-23',0,0,NULL);
INSERT INTO actions VALUES(15,'720b49dd-9ce6-4f14-8512-f929e1001c12',1,'2026-12-05T18:41:04.654162Z','Luuk Pelzer','2026-12-05T18:41:04.654162Z','Luuk Pelzer',0,10,'Beslagvrije voet laten controleren','Pieter van der Meer','2026-12-25',0,0,NULL);
INSERT INTO actions VALUES(16,'05e48a08-2614-40b8-8e95-582f5fa8379a',1,'2026-12-05T18:41:04.654175Z','Luuk Pelzer','2026-12-05T18:41:04.654175Z','Luuk Pelzer',0,10,'Afspraak met WSP Parkstad inplannen','Pieter van der Meer','2026-12-09',0,0,NULL);
INSERT INTO actions VALUES(17,'401d1556-4ac3-490e-a720-42c95e436228',1,'2026-12-05T18:41:04.655252Z','Nadia Bouzerda','2026-12-05T18:41:04.655252Z','Nadia Bouzerda',0,12,'Overleg met Jeugdzorg plannen',NULL,'2026-11-18',0,0,NULL);
INSERT INTO actions VALUES(18,'8774a863-7431-4d75-b970-4b39bb187af3',2,'2026-12-05T18:41:04.655266Z','Nadia Bouzerda','2026-12-05T18:41:04.655276Z','Nadia Bouzerda',0,12,'Overleg met Jeugdzorg plannen',NULL,'2026-11-18',1,0,'2026-12-05');
INSERT INTO actions VALUES(19,'b0b4f6b7-23b5-491c-9a18-ffa389d3a0ca',2,'2026-12-05T18:41:04.656011Z','Nadia Bouzerda','2026-12-05T18:41:04.656022Z','Nadia Bouzerda',0,13,'Aanvraag Stichting Leergeld indienen','Monique Dautzenberg','2026-11-26',1,0,'2026-12-05');
INSERT INTO actions VALUES(20,'9a13ab47-d240-4964-b506-2de9c2c22923',2,'2026-12-05T18:41:04.656035Z','Nadia Bouzerda','2026-12-05T18:41:04.656045Z','Nadia Bouzerda',0,13,'Met toestemming contact opnemen met de huisarts','Monique Dautzenberg','2026-11-22',1,0,'2026-12-05');
INSERT INTO actions VALUES(21,'55380fff-f086-4c15-a01c-dbb3fd0c06f6',2,'2026-12-05T18:41:04.656057Z','Nadia Bouzerda','2026-12-05T18:41:04.656069Z','Nadia Bouzerda',0,13,'Kwijtschelding gemeentelijke belastingen aanvragen',NULL,'2026-11-24',1,0,'2026-12-05');
INSERT INTO actions VALUES(22,'4ef00f7e-66ca-49f5-a821-f5da0b72f1c5',1,'2026-12-05T18:41:04.657057Z','Kemal Aksoy','2026-12-05T18:41:04.657057Z','Kemal Aksoy',0,15,'Overleg met Jeugdzorg plannen',NULL,'2026-11-27',0,0,NULL);
INSERT INTO actions VALUES(23,'53072462-1989-4c06-b196-eeeb7910eb6a',1,'2026-12-05T18:41:04.657080Z','Kemal Aksoy','2026-12-05T18:41:04.657080Z','Kemal Aksoy',0,15,'Driegesprek met trajectbegeleider plannen',NULL,'2026-11-12',0,0,NULL);
INSERT INTO actions VALUES(24,'d5237939-7cd4-46f5-8f33-d7e7c0ad0255',1,'2026-12-05T18:41:04.657094Z','Kemal Aksoy','2026-12-05T18:41:04.657094Z','Kemal Aksoy',0,15,'Huisbezoek plannen','Shurwin Maduro','2026-12-18',0,0,NULL);
INSERT INTO actions VALUES(25,'5ab7524e-05fc-4d95-b9b2-e891b1b0a0ad',1,'2026-12-05T18:41:04.657624Z','Sanne Vermeulen','2026-12-05T18:41:04.657624Z','Sanne Vermeulen',0,16,'Kwijtschelding gemeentelijke belastingen aanvragen',NULL,'2026-12-28',0,0,NULL);
INSERT INTO actions VALUES(26,'8b182381-8989-4119-b546-5287206085b7',1,'2026-12-05T18:41:04.658339Z','Kemal Aksoy','2026-12-05T18:41:04.658339Z','Kemal Aksoy',0,19,'DigiD aanvragen',NULL,'2027-01-08',0,0,NULL);
INSERT INTO actions VALUES(27,'bb37c8e8-d6b9-410e-b14b-a0b8dcb550bb',1,'2026-12-05T18:41:04.658352Z','Kemal Aksoy','2026-12-05T18:41:04.658352Z','Kemal Aksoy',0,19,'Kwijtschelding gemeentelijke belastingen aanvragen','Sanne Vermeulen','2027-01-03',0,0,NULL);
INSERT INTO actions VALUES(28,'a9b1eb72-251b-46e6-a6d7-1895e1738d85',1,'2026-12-05T18:41:04.658775Z','Sanne Vermeulen','2026-12-05T18:41:04.658775Z','Sanne Vermeulen',0,20,'Overleg met Jeugdzorg plannen',NULL,'2027-01-16',0,0,NULL);
INSERT INTO actions VALUES(29,'97f9243a-d887-4dd6-8ab3-5a391fbe5b62',1,'2026-12-05T18:41:04.659087Z','Nadia Bouzerda','2026-12-05T18:41:04.659087Z','Nadia Bouzerda',0,21,'Aanmelden bij team schuldhulpverlening',NULL,'2026-12-08',0,0,NULL);
INSERT INTO actions VALUES(30,'1fe155a3-6f5e-4909-b1b0-5bfeef4e9b87',1,'2026-12-05T18:41:04.659102Z','Nadia Bouzerda','2026-12-05T18:41:04.659102Z','Nadia Bouzerda',0,21,'Huisbezoek plannen',NULL,'2026-12-17',0,0,NULL);
INSERT INTO actions VALUES(31,'ba88cb20-1e54-45c8-b8e7-f9acfe587740',2,'2026-12-05T18:41:04.660138Z','Luuk Pelzer','2026-12-05T18:41:04.660155Z','Luuk Pelzer',0,22,'Aanvraag Stichting Leergeld indienen','Justyna Zielińska','2026-02-09',1,0,'2026-12-05');
INSERT INTO actions VALUES(32,'8849dd8b-7d82-45ec-a9d3-1dbab7b0567a',2,'2026-12-05T18:41:04.660170Z','Luuk Pelzer','2026-12-05T18:41:04.660180Z','Luuk Pelzer',0,22,'Aanmelden bij WerkvoorHeerlen','Justyna Zielińska','2025-12-26',1,0,'2026-12-05');
INSERT INTO actions VALUES(33,'cb4e5233-298c-4dac-b01a-ab0bc6fc2889',1,'2026-12-05T18:41:04.660192Z','Luuk Pelzer','2026-12-05T18:41:04.660192Z','Luuk Pelzer',0,22,'Schuldhulpmaatje aanvragen bij HeerlenStandBY',NULL,'2025-09-11',0,0,NULL);
INSERT INTO actions VALUES(34,'a0725daf-a07c-4116-a862-1a516be6edfb',1,'2026-12-05T18:41:04.660932Z','Sanne Vermeulen','2026-12-05T18:41:04.660932Z','Sanne Vermeulen',0,23,'DigiD aanvragen','Ömer Şahin','2027-01-02',0,0,NULL);
INSERT INTO actions VALUES(35,'adea6282-b00e-4a35-803d-c57ef341c122',1,'2026-12-05T18:41:04.660946Z','Sanne Vermeulen','2026-12-05T18:41:04.660946Z','Sanne Vermeulen',0,23,'CV bijwerken','Monique Dautzenberg','2026-12-17',0,0,NULL);
INSERT INTO actions VALUES(36,'b2c5c626-5b7d-412e-8f97-5bebc4c91949',2,'2026-12-05T18:41:04.661482Z','Sanne Vermeulen','2026-12-05T18:41:04.661493Z','Sanne Vermeulen',0,24,'Aanmelden bij WerkvoorHeerlen',NULL,'2026-12-01',1,0,'2026-12-05');
INSERT INTO actions VALUES(37,'fdc8affa-aed5-4b92-b0c5-9abbdbfd5741',2,'2026-12-05T18:41:04.661507Z','Sanne Vermeulen','2026-12-05T18:41:04.661517Z','Sanne Vermeulen',0,24,'Aanmelden bij WerkvoorHeerlen','Kemal Aksoy','2026-11-22',1,0,'2026-12-05');
INSERT INTO actions VALUES(38,'292d25e6-078e-41fe-b9c4-2fb844da238a',2,'2026-12-05T18:41:04.662357Z','Kemal Aksoy','2026-12-05T18:41:04.662368Z','Kemal Aksoy',0,25,'Evaluatiegesprek plannen','Ilse Kleijnen','2023-05-18',1,0,'2026-12-05');
INSERT INTO actions VALUES(39,'6b4b9a33-79ec-490a-8d99-1ed9afa59bbd',2,'2026-12-05T18:41:04.662382Z','Kemal Aksoy','2026-12-05T18:41:04.662392Z','Kemal Aksoy',0,25,'Aanvraag Stichting Leergeld indienen',NULL,'2023-06-23',1,0,'2026-12-05');
INSERT INTO actions VALUES(40,'813a289d-7975-4b43-aa62-45106ad64906',1,'2026-12-05T18:41:04.662403Z','Kemal Aksoy','2026-12-05T18:41:04.662403Z','Kemal Aksoy',0,25,'Aanmelden bij het Taalhuis','Ilse Kleijnen','2023-06-03',0,0,NULL);
INSERT INTO actions VALUES(41,'1b38217c-1de5-4580-852c-01e4495d306e',1,'2026-12-05T18:41:04.663956Z','Nadia Bouzerda','2026-12-05T18:41:04.663956Z','Nadia Bouzerda',0,28,'Evaluatiegesprek plannen',NULL,'2026-11-13',0,0,NULL);
INSERT INTO actions VALUES(42,'e06676f3-a592-44f8-bd8f-f86641fab3fd',1,'2026-12-05T18:41:04.664304Z','Luuk Pelzer','2026-12-05T18:41:04.664304Z','Luuk Pelzer',0,29,'Aanmelden bij team schuldhulpverlening',NULL,'2027-01-02',0,0,NULL);
INSERT INTO actions VALUES(43,'28dc24e7-0158-42e8-82ff-025ad74e1836',1,'2026-12-05T18:41:04.664317Z','Luuk Pelzer','2026-12-05T18:41:04.664317Z','Luuk Pelzer',0,29,'Beslagvrije voet laten controleren',NULL,'2026-12-05',0,0,NULL);
INSERT INTO actions VALUES(44,'b1e2ae8d-3118-4b50-b7f3-1712247c5064',1,'2026-12-05T18:41:04.664333Z','Luuk Pelzer','2026-12-05T18:41:04.664333Z','Luuk Pelzer',0,29,'Aanmelden bij team schuldhulpverlening','Rob Smeets','2027-01-15',0,0,NULL);
INSERT INTO actions VALUES(45,'7e1b9f05-4935-44b2-a2d8-e30022ade4b0',2,'2026-12-05T18:41:04.664906Z','Luuk Pelzer','2026-12-05T18:41:04.664917Z','Luuk Pelzer',0,30,'Schuldenoverzicht compleet maken','Lieke Frijns','2024-02-21',1,0,'2026-12-05');
INSERT INTO actions VALUES(46,'0301e9b7-65d1-4abd-8467-33e663fd7767',1,'2026-12-05T18:41:04.664935Z','Luuk Pelzer','2026-12-05T18:41:04.664935Z','Luuk Pelzer',0,30,'Driegesprek met trajectbegeleider plannen','Lieke Frijns','2024-04-04',0,0,NULL);
INSERT INTO actions VALUES(47,'ddd0f01f-5c2a-45e2-a0b6-6bbb7d649e1c',2,'2026-12-05T18:41:04.664948Z','Luuk Pelzer','2026-12-05T18:41:04.664958Z','Luuk Pelzer',0,30,'Kwijtschelding gemeentelijke belastingen aanvragen','Kemal Aksoy','2024-01-06',1,0,'2026-12-05');
INSERT INTO actions VALUES(48,'211ce69a-5411-40d9-8020-7cfe59f6215e',2,'2026-12-05T18:41:04.665479Z','Nadia Bouzerda','2026-12-05T18:41:04.665489Z','Nadia Bouzerda',0,31,'Dagbesteding in de wijk zoeken','Noud Ramakers','2024-09-13',1,0,'2026-12-05');
INSERT INTO actions VALUES(49,'cb38c3fb-b0fd-40c9-b8d7-c047fca9862c',2,'2026-12-05T18:41:04.665505Z','Nadia Bouzerda','2026-12-05T18:41:04.665515Z','Nadia Bouzerda',0,31,'Met toestemming contact opnemen met de huisarts','Monique Dautzenberg','2024-07-28',1,0,'2026-12-05');
INSERT INTO actions VALUES(50,'32681151-8b05-4e92-b3b4-4d3673927d93',2,'2026-12-05T18:41:04.666245Z','Nadia Bouzerda','2026-12-05T18:41:04.666256Z','Nadia Bouzerda',0,32,'Evaluatiegesprek plannen',NULL,'2025-03-13',1,0,'2026-12-05');
INSERT INTO actions VALUES(51,'30a5b71b-b70b-45cc-ba49-aa6eea890f43',1,'2026-12-05T18:41:04.667182Z','Sanne Vermeulen','2026-12-05T18:41:04.667182Z','Sanne Vermeulen',0,34,'DigiD aanvragen',NULL,'2026-12-26',0,0,NULL);
INSERT INTO actions VALUES(52,'880a8593-140a-470a-80ab-4b1d76a1b0a6',1,'2026-12-05T18:41:04.667196Z','Sanne Vermeulen','2026-12-05T18:41:04.667196Z','Sanne Vermeulen',0,34,'Kwijtschelding gemeentelijke belastingen aanvragen',NULL,'2026-12-18',0,0,NULL);
INSERT INTO actions VALUES(53,'b3a9f653-9e41-41b3-b27d-70ff4144bc8a',1,'2026-12-05T18:41:04.667208Z','Sanne Vermeulen','2026-12-05T18:41:04.667208Z','Sanne Vermeulen',0,34,'Huisbezoek plannen',NULL,'2026-12-11',0,0,NULL);
INSERT INTO actions VALUES(54,'02093748-bc1e-47b5-ac42-82bd5e27d622',1,'2026-12-05T18:41:04.667526Z','Sanne Vermeulen','2026-12-05T18:41:04.667526Z','Sanne Vermeulen',0,35,'Aanvraag Stichting Leergeld indienen','Mieke van der Meer','2026-12-21',0,0,NULL);
INSERT INTO actions VALUES(55,'d826cc85-729a-4a5a-b02b-2a411f2f5a1b',2,'2026-12-05T18:41:04.668010Z','Monique Dautzenberg','2026-12-05T18:41:04.668025Z','Monique Dautzenberg',0,36,'Evaluatiegesprek plannen','Ayşe Yıldız','2025-06-26',1,0,'2026-12-05');
INSERT INTO actions VALUES(56,'89363fae-5647-42b5-9c23-9fdd6dde8038',2,'2026-12-05T18:41:04.668039Z','Monique Dautzenberg','2026-12-05T18:41:04.668049Z','Monique Dautzenberg',0,36,'Afspraak met WSP Parkstad inplannen',NULL,'2025-02-27',1,0,'2026-12-05');
INSERT INTO actions VALUES(57,'bbc03563-365e-4374-8a4b-cd0817d87064',1,'2026-12-05T18:41:04.669532Z','Sanne Vermeulen','2026-12-05T18:41:04.669532Z','Sanne Vermeulen',0,38,'CV bijwerken','Roel Schijns','2026-12-08',0,0,NULL);
INSERT INTO actions VALUES(58,'37642671-b4eb-4785-ae2b-b038cf293409',2,'2026-12-05T18:41:04.669550Z','Sanne Vermeulen','2026-12-05T18:41:04.669565Z','Sanne Vermeulen',0,38,'Stukken aanleveren bij Kredietbank Limburg',NULL,'2026-11-12',1,0,'2026-12-05');
INSERT INTO actions VALUES(59,'7cbed6b4-4002-4f7c-95ee-d7daaa711a7f',2,'2026-12-05T18:41:04.669966Z','Sanne Vermeulen','2026-12-05T18:41:04.669977Z','Sanne Vermeulen',0,39,'Driegesprek met trajectbegeleider plannen',NULL,'2026-11-28',1,0,'2026-12-05');
INSERT INTO actions VALUES(60,'9c558ad3-056f-4ba8-90c9-d61b3d91dd05',2,'2026-12-05T18:41:04.670371Z','Nadia Bouzerda','2026-12-05T18:41:04.670381Z','Nadia Bouzerda',0,40,'Beslagvrije voet laten controleren',NULL,'2024-07-28',1,0,'2026-12-05');
CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_id INTEGER NOT NULL REFERENCES cases (id),
  date TEXT NOT NULL,
  author TEXT,
  finances INTEGER NOT NULL CHECK (finances BETWEEN 1 AND 5),
  work_education INTEGER NOT NULL CHECK (work_education BETWEEN 1 AND 5),
  housing INTEGER NOT NULL CHECK (housing BETWEEN 1 AND 5),
  health INTEGER NOT NULL CHECK (health BETWEEN 1 AND 5),
  family INTEGER NOT NULL CHECK (family BETWEEN 1 AND 5),
  social_network INTEGER NOT NULL CHECK (social_network BETWEEN 1 AND 5),
  daily_activities INTEGER NOT NULL CHECK (daily_activities BETWEEN 1 AND 5),
  language INTEGER NOT NULL CHECK (language BETWEEN 1 AND 5),
  UNIQUE (case_id, uuid)
);
INSERT INTO assessments VALUES(1,'d11f7b8a-6f56-4d23-b87d-fe3fa40adc75',1,'2026-12-05T18:41:04.649219Z','Sanne Vermeulen','2026-12-05T18:41:04.649219Z','Sanne Vermeulen',0,1,'2025-07-23','Sanne Vermeulen',3,1,4,2,4,2,4,4);
INSERT INTO assessments VALUES(2,'c49cf672-1156-4d89-9507-cd0d6a386ab1',1,'2026-12-05T18:41:04.649280Z','Sanne Vermeulen','2026-12-05T18:41:04.649280Z','Sanne Vermeulen',0,1,'2026-03-30','Sanne Vermeulen',3,2,5,2,4,2,4,4);
INSERT INTO assessments VALUES(3,'c27d66fd-443c-4dce-827a-e890cf8a433b',1,'2026-12-05T18:41:04.649732Z','Nadia Bouzerda','2026-12-05T18:41:04.649732Z','Nadia Bouzerda',0,2,'2023-09-26','Nadia Bouzerda',1,1,1,3,3,2,3,2);
INSERT INTO assessments VALUES(4,'991bac4b-085d-48d5-9308-2abd1af382a1',1,'2026-12-05T18:41:04.649748Z','Nadia Bouzerda','2026-12-05T18:41:04.649748Z','Nadia Bouzerda',0,2,'2024-10-21','Nadia Bouzerda',1,1,1,4,3,2,4,3);
INSERT INTO assessments VALUES(5,'2c678f45-2ec8-40cd-92cb-eb64c6b4d683',1,'2026-12-05T18:41:04.649762Z','Nadia Bouzerda','2026-12-05T18:41:04.649762Z','Nadia Bouzerda',0,2,'2025-11-15','Nadia Bouzerda',2,1,1,4,3,2,4,4);
INSERT INTO assessments VALUES(6,'ec28e8ff-50d7-433f-8f59-1107614f5cfc',1,'2026-12-05T18:41:04.650732Z','Monique Dautzenberg','2026-12-05T18:41:04.650732Z','Monique Dautzenberg',0,3,'2025-03-26','Monique Dautzenberg',3,2,4,1,3,3,3,5);
INSERT INTO assessments VALUES(7,'36e35789-736b-4feb-bed2-b6b81767a7af',1,'2026-12-05T18:41:04.650749Z','Monique Dautzenberg','2026-12-05T18:41:04.650749Z','Monique Dautzenberg',0,3,'2025-10-25','Monique Dautzenberg',3,2,4,1,4,3,4,5);
INSERT INTO assessments VALUES(8,'73e2abfe-5525-419c-97d6-f709f622dc7e',1,'2026-12-05T18:41:04.650763Z','Monique Dautzenberg','2026-12-05T18:41:04.650763Z','Monique Dautzenberg',0,3,'2026-05-12','Monique Dautzenberg',4,1,5,1,5,4,4,5);
INSERT INTO assessments VALUES(9,'4108a457-1a3b-4189-984d-3657b061067c',1,'2026-12-05T18:41:04.651437Z','Ricardo Martis','2026-12-05T18:41:04.651437Z','Ricardo Martis',0,4,'2024-03-22','Ricardo Martis',4,2,3,4,4,4,4,5);
INSERT INTO assessments VALUES(10,'a2645da3-4aec-42d6-ba01-b312274f13c0',1,'2026-12-05T18:41:04.651452Z','Ricardo Martis','2026-12-05T18:41:04.651452Z','Ricardo Martis',0,4,'2024-06-26','Ricardo Martis',4,3,3,4,4,5,4,5);
INSERT INTO assessments VALUES(11,'287085ca-4906-460f-a3a2-babaa1d6a414',1,'2026-12-05T18:41:04.651465Z','Ricardo Martis','2026-12-05T18:41:04.651465Z','Ricardo Martis',0,4,'2024-09-26','Ricardo Martis',4,4,3,5,5,5,4,5);
INSERT INTO assessments VALUES(12,'9a042e91-2d89-468e-97b1-45ce0d89c8a9',1,'2026-12-05T18:41:04.652182Z','Luuk Pelzer','2026-12-05T18:41:04.652182Z','Luuk Pelzer',0,5,'2025-03-24','Luuk Pelzer',1,3,4,4,4,4,2,4);
INSERT INTO assessments VALUES(13,'dcd2f819-e436-4f86-8bf7-33e1a8beb577',1,'2026-12-05T18:41:04.652197Z','Luuk Pelzer','2026-12-05T18:41:04.652197Z','Luuk Pelzer',0,5,'2026-01-29','Luuk Pelzer',1,4,5,5,4,5,2,5);
INSERT INTO assessments VALUES(14,'7d95fc85-c6f5-4904-8553-54118c84b969',1,'2026-12-05T18:41:04.652438Z','Ricardo Martis','2026-12-05T18:41:04.652438Z','Ricardo Martis',0,6,'2026-11-11','Ricardo Martis',3,1,4,1,2,2,3,5);
INSERT INTO assessments VALUES(15,'f71fb171-2399-46db-860b-7a21ec9b61a0',1,'2026-12-05T18:41:04.653277Z','Luuk Pelzer','2026-12-05T18:41:04.653277Z','Luuk Pelzer',0,7,'2025-03-20','Luuk Pelzer',4,3,4,2,4,3,3,5);
INSERT INTO assessments VALUES(16,'b43bbded-4eeb-4cad-a618-d2b37f8addde',1,'2026-12-05T18:41:04.653293Z','Luuk Pelzer','2026-12-05T18:41:04.653293Z','Luuk Pelzer',0,7,'2025-10-21','Luuk Pelzer',4,3,4,2,3,3,3,5);
INSERT INTO assessments VALUES(17,'67a805d4-7979-4265-a3fd-37ba9d9a8c1e',1,'2026-12-05T18:41:04.653346Z','Luuk Pelzer','2026-12-05T18:41:04.653346Z','Luuk Pelzer',0,7,'2026-05-12','Luuk Pelzer',4,3,4,2,2,3,4,5);
INSERT INTO assessments VALUES(18,'0d9774c7-fe39-4291-9491-9490e958622c',1,'2026-12-05T18:41:04.653576Z','Luuk Pelzer','2026-12-05T18:41:04.653576Z','Luuk Pelzer',0,8,'2026-11-13','Luuk Pelzer',3,2,3,3,3,2,2,3);
INSERT INTO assessments VALUES(19,'db6b8988-586a-4338-a04f-e76256205350',1,'2026-12-05T18:41:04.653914Z','Luuk Pelzer','2026-12-05T18:41:04.653914Z','Luuk Pelzer',0,9,'2024-07-20','Luuk Pelzer',2,1,2,1,5,3,4,4);
INSERT INTO assessments VALUES(20,'002ab190-df41-49d9-b7bc-eede98dcb8f5',1,'2026-12-05T18:41:04.653930Z','Luuk Pelzer','2026-12-05T18:41:04.653930Z','Luuk Pelzer',0,9,'2025-10-04','Luuk Pelzer',3,1,2,2,5,3,3,5);
INSERT INTO assessments VALUES(21,'170b1bf7-942f-4331-a9b0-2612faedec62',1,'2026-12-05T18:41:04.654135Z','Luuk Pelzer','2026-12-05T18:41:04.654135Z','Luuk Pelzer',0,10,'2026-07-16','Luuk Pelzer',1,3,4,2,4,4,4,5);
INSERT INTO assessments VALUES(22,'563b193a-9bcd-45ad-a593-1ea570503078',1,'2026-12-05T18:41:04.654149Z','Luuk Pelzer','2026-12-05T18:41:04.654149Z','Luuk Pelzer',0,10,'2026-10-02','Luuk Pelzer',1,3,4,1,5,5,4,5);
INSERT INTO assessments VALUES(23,'8a33949b-a857-46e1-903c-a0816ec8c2cf',1,'2026-12-05T18:41:04.654380Z','Monique Dautzenberg','2026-12-05T18:41:04.654380Z','Monique Dautzenberg',0,11,'2025-05-29','Monique Dautzenberg',2,2,2,2,4,3,2,4);
INSERT INTO assessments VALUES(24,'dbb8871f-9d60-452b-a730-ed76e1a39975',1,'2026-12-05T18:41:04.654394Z','Monique Dautzenberg','2026-12-05T18:41:04.654394Z','Monique Dautzenberg',0,11,'2025-12-04','Monique Dautzenberg',3,3,2,2,4,4,3,4);
INSERT INTO assessments VALUES(25,'c3b2eebb-822f-45db-bc4b-b36aaede434e',1,'2026-12-05T18:41:04.654415Z','Monique Dautzenberg','2026-12-05T18:41:04.654415Z','Monique Dautzenberg',0,11,'2026-06-08','Monique Dautzenberg',4,2,3,1,5,4,4,5);
INSERT INTO assessments VALUES(26,'8286a804-1cfb-40f1-a94a-039dc5ae2d25',1,'2026-12-05T18:41:04.655222Z','Nadia Bouzerda','2026-12-05T18:41:04.655222Z','Nadia Bouzerda',0,12,'2024-09-24','Nadia Bouzerda',3,3,3,2,4,2,2,3);
INSERT INTO assessments VALUES(27,'5ac8784b-ebc1-40cb-95c6-e120513fecf9',1,'2026-12-05T18:41:04.655238Z','Nadia Bouzerda','2026-12-05T18:41:04.655238Z','Nadia Bouzerda',0,12,'2025-11-06','Nadia Bouzerda',3,4,3,3,4,1,3,3);
INSERT INTO assessments VALUES(28,'dc4e90d8-2cbc-40dc-9268-948e3397886b',1,'2026-12-05T18:41:04.655981Z','Nadia Bouzerda','2026-12-05T18:41:04.655981Z','Nadia Bouzerda',0,13,'2024-09-11','Nadia Bouzerda',4,2,4,2,2,2,4,5);
INSERT INTO assessments VALUES(29,'3af3d457-10de-4d3c-96b3-cb774420e3a4',1,'2026-12-05T18:41:04.655996Z','Nadia Bouzerda','2026-12-05T18:41:04.655996Z','Nadia Bouzerda',0,13,'2025-10-25','Nadia Bouzerda',4,2,5,2,3,3,5,5);
INSERT INTO assessments VALUES(30,'9e05d0be-42ad-4b0c-8a88-275c0aeaf36c',1,'2026-12-05T18:41:04.656451Z','Luuk Pelzer','2026-12-05T18:41:04.656451Z','Luuk Pelzer',0,14,'2023-06-01','Luuk Pelzer',2,3,4,2,4,2,2,2);
INSERT INTO assessments VALUES(31,'8e5f0ae0-13d1-421b-b173-6298192476ac',1,'2026-12-05T18:41:04.656466Z','Luuk Pelzer','2026-12-05T18:41:04.656466Z','Luuk Pelzer',0,14,'2024-08-02','Luuk Pelzer',3,3,5,2,4,2,1,3);
INSERT INTO assessments VALUES(32,'fb4e1836-cba4-4312-a96d-1b5d259c1733',1,'2026-12-05T18:41:04.656481Z','Luuk Pelzer','2026-12-05T18:41:04.656481Z','Luuk Pelzer',0,14,'2025-10-08','Luuk Pelzer',3,4,5,2,5,2,2,3);
INSERT INTO assessments VALUES(33,'3cc42d92-a7c0-4e21-815e-9e5d024c5218',1,'2026-12-05T18:41:04.656992Z','Kemal Aksoy','2026-12-05T18:41:04.656992Z','Kemal Aksoy',0,15,'2025-05-16','Kemal Aksoy',1,1,3,3,3,2,4,5);
INSERT INTO assessments VALUES(34,'4c29749f-a5e2-4eed-9bff-e0a5595e0bc0',1,'2026-12-05T18:41:04.657015Z','Kemal Aksoy','2026-12-05T18:41:04.657015Z','Kemal Aksoy',0,15,'2025-11-27','Kemal Aksoy',1,1,3,4,3,2,4,5);
INSERT INTO assessments VALUES(35,'2985b96f-b378-4608-ac1f-59ac2ea4e017',1,'2026-12-05T18:41:04.657036Z','Kemal Aksoy','2026-12-05T18:41:04.657036Z','Kemal Aksoy',0,15,'2026-05-29','Kemal Aksoy',1,2,3,4,4,2,5,4);
INSERT INTO assessments VALUES(36,'0ae9e8b6-8ba0-4137-b74f-94da2209698a',1,'2026-12-05T18:41:04.657582Z','Sanne Vermeulen','2026-12-05T18:41:04.657582Z','Sanne Vermeulen',0,16,'2025-02-08','Sanne Vermeulen',4,2,4,1,5,3,2,5);
INSERT INTO assessments VALUES(37,'6d567c10-fe92-4bf9-86bb-a22fa53a40f8',1,'2026-12-05T18:41:04.657597Z','Sanne Vermeulen','2026-12-05T18:41:04.657597Z','Sanne Vermeulen',0,16,'2025-09-22','Sanne Vermeulen',4,3,5,1,5,3,2,5);
INSERT INTO assessments VALUES(38,'787c6155-f90e-4ea8-b4e6-6a4c18dc8462',1,'2026-12-05T18:41:04.657611Z','Sanne Vermeulen','2026-12-05T18:41:04.657611Z','Sanne Vermeulen',0,16,'2026-04-28','Sanne Vermeulen',4,3,5,1,5,2,2,5);
INSERT INTO assessments VALUES(39,'e72b87c8-cdcc-40be-ab46-3fa55fc60043',1,'2026-12-05T18:41:04.657908Z','Luuk Pelzer','2026-12-05T18:41:04.657908Z','Luuk Pelzer',0,17,'2026-05-12','Luuk Pelzer',1,3,3,2,4,4,2,3);
INSERT INTO assessments VALUES(40,'1c9db30c-fa93-4d2f-a677-198c0bffd1b9',1,'2026-12-05T18:41:04.658068Z','Monique Dautzenberg','2026-12-05T18:41:04.658068Z','Monique Dautzenberg',0,18,'2026-12-05','Monique Dautzenberg',3,2,2,3,2,2,2,2);
INSERT INTO assessments VALUES(41,'abc745b6-f337-4d0b-b495-573b3fb8ecfc',1,'2026-12-05T18:41:04.658311Z','Kemal Aksoy','2026-12-05T18:41:04.658311Z','Kemal Aksoy',0,19,'2024-09-09','Kemal Aksoy',1,1,2,4,2,2,3,4);
INSERT INTO assessments VALUES(42,'1f40ef66-27e6-4d09-8daf-5f5cf7066d84',1,'2026-12-05T18:41:04.658325Z','Kemal Aksoy','2026-12-05T18:41:04.658325Z','Kemal Aksoy',0,19,'2025-10-26','Kemal Aksoy',1,2,2,3,3,2,3,5);
INSERT INTO assessments VALUES(43,'c8d2305f-839c-4c76-9bce-10518b1628dd',1,'2026-12-05T18:41:04.658748Z','Sanne Vermeulen','2026-12-05T18:41:04.658748Z','Sanne Vermeulen',0,20,'2024-02-22','Sanne Vermeulen',4,3,2,2,3,2,4,4);
INSERT INTO assessments VALUES(44,'71a73a6e-a90c-4ea2-88bd-f765cd5a096f',1,'2026-12-05T18:41:04.658762Z','Sanne Vermeulen','2026-12-05T18:41:04.658762Z','Sanne Vermeulen',0,20,'2025-07-16','Sanne Vermeulen',5,3,3,2,4,2,4,4);
INSERT INTO assessments VALUES(45,'a329ad24-b12e-46e1-ae5a-5e2dcec4d51f',1,'2026-12-05T18:41:04.659073Z','Nadia Bouzerda','2026-12-05T18:41:04.659073Z','Nadia Bouzerda',0,21,'2026-12-03','Nadia Bouzerda',2,2,4,2,4,4,3,1);
INSERT INTO assessments VALUES(46,'6053a318-b923-4a1f-8e54-12caa501ec15',1,'2026-12-05T18:41:04.660087Z','Luuk Pelzer','2026-12-05T18:41:04.660087Z','Luuk Pelzer',0,22,'2025-08-08','Luuk Pelzer',2,3,3,3,3,3,3,4);
INSERT INTO assessments VALUES(47,'34fe2028-f383-4b78-8544-1c9af5137129',1,'2026-12-05T18:41:04.660107Z','Luuk Pelzer','2026-12-05T18:41:04.660107Z','Luuk Pelzer',0,22,'2025-11-17','Luuk Pelzer',3,3,3,3,3,3,3,4);
INSERT INTO assessments VALUES(48,'1d22c7d3-72c1-420c-854d-314d4145c8bf',1,'2026-12-05T18:41:04.660123Z','Luuk Pelzer','2026-12-05T18:41:04.660123Z','Luuk Pelzer',0,22,'2026-02-13','Luuk Pelzer',3,4,3,3,3,3,3,4);
INSERT INTO assessments VALUES(49,'fa805f50-4862-4adf-ad8f-d179c39754a4',1,'2026-12-05T18:41:04.660901Z','Sanne Vermeulen','2026-12-05T18:41:04.660901Z','Sanne Vermeulen',0,23,'2025-01-29','Sanne Vermeulen',3,2,3,2,3,3,2,5);
INSERT INTO assessments VALUES(50,'c4703a76-ea08-444c-9e42-0151a44529ec',1,'2026-12-05T18:41:04.660917Z','Sanne Vermeulen','2026-12-05T18:41:04.660917Z','Sanne Vermeulen',0,23,'2026-01-06','Sanne Vermeulen',4,3,4,3,3,4,1,5);
INSERT INTO assessments VALUES(51,'d4e5a5c2-4d5f-4ec7-9ed0-1bbfd2ab8839',1,'2026-12-05T18:41:04.661452Z','Sanne Vermeulen','2026-12-05T18:41:04.661452Z','Sanne Vermeulen',0,24,'2025-03-18','Sanne Vermeulen',3,3,2,4,5,2,2,5);
INSERT INTO assessments VALUES(52,'771d7d28-356d-43b8-b360-ac2dde915dc5',1,'2026-12-05T18:41:04.661468Z','Sanne Vermeulen','2026-12-05T18:41:04.661468Z','Sanne Vermeulen',0,24,'2026-01-27','Sanne Vermeulen',4,3,3,5,5,3,3,5);
INSERT INTO assessments VALUES(53,'3e27586c-dccb-4358-8029-7017d1353353',1,'2026-12-05T18:41:04.662341Z','Kemal Aksoy','2026-12-05T18:41:04.662341Z','Kemal Aksoy',0,25,'2023-04-28','Kemal Aksoy',3,2,2,3,4,4,4,3);
INSERT INTO assessments VALUES(54,'a14eb0a9-06ba-4853-956d-d39de1a5460a',1,'2026-12-05T18:41:04.662697Z','Kemal Aksoy','2026-12-05T18:41:04.662697Z','Kemal Aksoy',0,26,'2024-04-18','Kemal Aksoy',4,3,2,4,5,2,3,5);
INSERT INTO assessments VALUES(55,'b94f1b08-03d5-4790-97ef-e1993987efe9',1,'2026-12-05T18:41:04.662712Z','Kemal Aksoy','2026-12-05T18:41:04.662712Z','Kemal Aksoy',0,26,'2025-08-12','Kemal Aksoy',3,3,2,5,5,3,4,5);
INSERT INTO assessments VALUES(56,'6df137b3-66f0-47b2-8ca0-e9a218fbb029',1,'2026-12-05T18:41:04.663437Z','Ricardo Martis','2026-12-05T18:41:04.663437Z','Ricardo Martis',0,27,'2025-01-01','Ricardo Martis',2,3,2,2,5,4,4,4);
INSERT INTO assessments VALUES(57,'f2dcc02b-ff8c-4f71-a06c-92cbcccbdf0c',1,'2026-12-05T18:41:04.663453Z','Ricardo Martis','2026-12-05T18:41:04.663453Z','Ricardo Martis',0,27,'2025-12-19','Ricardo Martis',3,3,2,2,5,4,3,5);
INSERT INTO assessments VALUES(58,'a454acf9-b2c9-415e-a639-7cb7ecf8018f',1,'2026-12-05T18:41:04.663925Z','Nadia Bouzerda','2026-12-05T18:41:04.663925Z','Nadia Bouzerda',0,28,'2025-03-11','Nadia Bouzerda',3,3,3,3,3,4,2,5);
INSERT INTO assessments VALUES(59,'9939026b-5f0a-4e42-a47e-59a48310e7fb',1,'2026-12-05T18:41:04.663942Z','Nadia Bouzerda','2026-12-05T18:41:04.663942Z','Nadia Bouzerda',0,28,'2026-01-29','Nadia Bouzerda',3,4,3,3,4,3,3,5);
INSERT INTO assessments VALUES(60,'09366bd8-e330-4a87-a76f-91bba7c76c45',1,'2026-12-05T18:41:04.664268Z','Luuk Pelzer','2026-12-05T18:41:04.664268Z','Luuk Pelzer',0,29,'2023-05-02','Luuk Pelzer',1,2,3,2,4,4,4,4);
INSERT INTO assessments VALUES(61,'c98af804-794e-4883-a8b1-4f03a03b3618',1,'2026-12-05T18:41:04.664287Z','Luuk Pelzer','2026-12-05T18:41:04.664287Z','Luuk Pelzer',0,29,'2025-02-19','Luuk Pelzer',2,2,2,3,4,5,5,3);
INSERT INTO assessments VALUES(62,'31da3add-c212-48bd-925a-d7f54a4e3c24',1,'2026-12-05T18:41:04.664826Z','Luuk Pelzer','2026-12-05T18:41:04.664826Z','Luuk Pelzer',0,30,'2023-12-15','Luuk Pelzer',2,2,2,2,5,2,4,5);
INSERT INTO assessments VALUES(63,'c5beca0b-4298-4a1f-95af-a46d9bd7fb54',1,'2026-12-05T18:41:04.664875Z','Luuk Pelzer','2026-12-05T18:41:04.664875Z','Luuk Pelzer',0,30,'2024-04-05','Luuk Pelzer',2,2,2,3,5,3,4,5);
INSERT INTO assessments VALUES(64,'fd55ff97-8f8a-4570-809b-307fe3970de8',1,'2026-12-05T18:41:04.664892Z','Luuk Pelzer','2026-12-05T18:41:04.664892Z','Luuk Pelzer',0,30,'2024-07-17','Luuk Pelzer',2,4,2,4,5,4,5,5);
INSERT INTO assessments VALUES(65,'66659500-7e52-4421-a106-a4faec1a218f',1,'2026-12-05T18:41:04.665437Z','Nadia Bouzerda','2026-12-05T18:41:04.665437Z','Nadia Bouzerda',0,31,'2023-05-13','Nadia Bouzerda',4,1,4,2,4,2,2,4);
INSERT INTO assessments VALUES(66,'72fa7fe6-83ba-4a47-a839-c90dbc35c44a',1,'2026-12-05T18:41:04.665452Z','Nadia Bouzerda','2026-12-05T18:41:04.665452Z','Nadia Bouzerda',0,31,'2024-01-27','Nadia Bouzerda',4,1,4,1,4,3,2,3);
INSERT INTO assessments VALUES(67,'18b2eb47-0229-484b-bf33-bf38b518dfb3',1,'2026-12-05T18:41:04.665466Z','Nadia Bouzerda','2026-12-05T18:41:04.665466Z','Nadia Bouzerda',0,31,'2024-10-08','Nadia Bouzerda',4,2,4,2,5,2,3,3);
INSERT INTO assessments VALUES(68,'b1b7204e-bd6c-44d9-a97c-ea4e4878e25d',1,'2026-12-05T18:41:04.666201Z','Nadia Bouzerda','2026-12-05T18:41:04.666201Z','Nadia Bouzerda',0,32,'2024-01-09','Nadia Bouzerda',3,2,4,3,2,2,4,4);
INSERT INTO assessments VALUES(69,'3049c8b1-def1-4764-bce4-6b0f55e00c18',1,'2026-12-05T18:41:04.666216Z','Nadia Bouzerda','2026-12-05T18:41:04.666216Z','Nadia Bouzerda',0,32,'2024-09-27','Nadia Bouzerda',3,2,4,3,2,3,5,4);
INSERT INTO assessments VALUES(70,'f1f34bce-bf4f-4fd3-b2d2-059949207651',1,'2026-12-05T18:41:04.666230Z','Nadia Bouzerda','2026-12-05T18:41:04.666230Z','Nadia Bouzerda',0,32,'2025-06-03','Nadia Bouzerda',4,4,4,3,3,4,5,5);
INSERT INTO assessments VALUES(71,'4200ae7e-995a-46b1-a441-63a950e13d68',1,'2026-12-05T18:41:04.666718Z','Monique Dautzenberg','2026-12-05T18:41:04.666718Z','Monique Dautzenberg',0,33,'2025-09-21','Monique Dautzenberg',4,2,4,4,3,4,3,3);
INSERT INTO assessments VALUES(72,'c6aea21f-4721-4338-8c8f-c32c3eeb8e47',1,'2026-12-05T18:41:04.666734Z','Monique Dautzenberg','2026-12-05T18:41:04.666734Z','Monique Dautzenberg',0,33,'2026-02-21','Monique Dautzenberg',5,2,3,4,3,5,4,2);
INSERT INTO assessments VALUES(73,'224fa2e7-04bd-4386-a1a7-7856512f8741',1,'2026-12-05T18:41:04.666749Z','Monique Dautzenberg','2026-12-05T18:41:04.666749Z','Monique Dautzenberg',0,33,'2026-07-16','Monique Dautzenberg',4,2,3,4,4,5,5,2);
INSERT INTO assessments VALUES(74,'0fd1e044-a3d3-47c7-9702-7f13e4624e97',1,'2026-12-05T18:41:04.667167Z','Sanne Vermeulen','2026-12-05T18:41:04.667167Z','Sanne Vermeulen',0,34,'2026-12-02','Sanne Vermeulen',3,1,3,2,5,3,4,4);
INSERT INTO assessments VALUES(75,'ff44a175-67d6-470e-9c3a-015c2c82257e',1,'2026-12-05T18:41:04.667497Z','Sanne Vermeulen','2026-12-05T18:41:04.667497Z','Sanne Vermeulen',0,35,'2023-03-13','Sanne Vermeulen',4,2,4,2,3,4,3,5);
INSERT INTO assessments VALUES(76,'4d008552-8c0f-4138-a9ed-056f10a9290d',1,'2026-12-05T18:41:04.667512Z','Sanne Vermeulen','2026-12-05T18:41:04.667512Z','Sanne Vermeulen',0,35,'2025-01-23','Sanne Vermeulen',5,2,4,2,4,3,3,4);
INSERT INTO assessments VALUES(77,'65efc7f5-6d71-484d-bb34-7948605a41e0',1,'2026-12-05T18:41:04.667967Z','Monique Dautzenberg','2026-12-05T18:41:04.667967Z','Monique Dautzenberg',0,36,'2024-09-27','Monique Dautzenberg',3,1,2,3,3,2,4,5);
INSERT INTO assessments VALUES(78,'9038941d-4bd1-4dae-84d3-d09300fa7922',1,'2026-12-05T18:41:04.667983Z','Monique Dautzenberg','2026-12-05T18:41:04.667983Z','Monique Dautzenberg',0,36,'2025-03-27','Monique Dautzenberg',3,1,3,3,4,3,4,5);
INSERT INTO assessments VALUES(79,'7e4db5ec-7eb9-48e2-a484-56db90280f3e',1,'2026-12-05T18:41:04.667997Z','Monique Dautzenberg','2026-12-05T18:41:04.667997Z','Monique Dautzenberg',0,36,'2025-09-18','Monique Dautzenberg',3,4,3,4,5,3,5,5);
INSERT INTO assessments VALUES(80,'ac961fe8-720a-4d03-bcf2-fa7d429f9d8d',1,'2026-12-05T18:41:04.668726Z','Ricardo Martis','2026-12-05T18:41:04.668726Z','Ricardo Martis',0,37,'2025-09-13','Ricardo Martis',1,1,2,4,3,3,3,3);
INSERT INTO assessments VALUES(81,'0a458976-ef5f-41bc-b339-fb7980e00dc2',1,'2026-12-05T18:41:04.668741Z','Ricardo Martis','2026-12-05T18:41:04.668741Z','Ricardo Martis',0,37,'2026-02-14','Ricardo Martis',1,2,1,5,3,2,3,3);
INSERT INTO assessments VALUES(82,'86407152-5aa8-4c9c-8557-4ef72665186d',1,'2026-12-05T18:41:04.668764Z','Ricardo Martis','2026-12-05T18:41:04.668764Z','Ricardo Martis',0,37,'2026-07-15','Ricardo Martis',1,2,2,4,3,2,2,3);
INSERT INTO assessments VALUES(83,'2ff3eceb-7ebe-4e77-a7e4-5e7954c7cbeb',1,'2026-12-05T18:41:04.669483Z','Sanne Vermeulen','2026-12-05T18:41:04.669483Z','Sanne Vermeulen',0,38,'2023-09-07','Sanne Vermeulen',3,1,4,2,2,3,4,5);
INSERT INTO assessments VALUES(84,'eabb3024-87c7-417c-a5a7-a73ffdf42c01',1,'2026-12-05T18:41:04.669501Z','Sanne Vermeulen','2026-12-05T18:41:04.669501Z','Sanne Vermeulen',0,38,'2024-10-10','Sanne Vermeulen',2,2,5,2,2,3,4,5);
INSERT INTO assessments VALUES(85,'b2c7091d-469c-4a41-9973-7e176fd1cdcb',1,'2026-12-05T18:41:04.669516Z','Sanne Vermeulen','2026-12-05T18:41:04.669516Z','Sanne Vermeulen',0,38,'2025-11-05','Sanne Vermeulen',2,2,5,2,2,3,5,5);
INSERT INTO assessments VALUES(86,'4ba55962-beff-467e-98a3-a8ced3499790',1,'2026-12-05T18:41:04.669924Z','Sanne Vermeulen','2026-12-05T18:41:04.669924Z','Sanne Vermeulen',0,39,'2025-11-17','Sanne Vermeulen',3,3,4,4,5,4,2,4);
INSERT INTO assessments VALUES(87,'2a140276-158a-4f19-a391-77b392788842',1,'2026-12-05T18:41:04.669939Z','Sanne Vermeulen','2026-12-05T18:41:04.669939Z','Sanne Vermeulen',0,39,'2026-03-27','Sanne Vermeulen',4,3,5,4,5,5,2,4);
INSERT INTO assessments VALUES(88,'c760fdde-3dc1-40fa-8ffa-b7e9dd77dd98',1,'2026-12-05T18:41:04.669953Z','Sanne Vermeulen','2026-12-05T18:41:04.669953Z','Sanne Vermeulen',0,39,'2026-07-31','Sanne Vermeulen',5,3,5,5,5,4,2,4);
INSERT INTO assessments VALUES(89,'8f8a7bf6-26e1-46e1-a5c3-3c2c53bd7342',1,'2026-12-05T18:41:04.670323Z','Nadia Bouzerda','2026-12-05T18:41:04.670323Z','Nadia Bouzerda',0,40,'2023-04-11','Nadia Bouzerda',1,3,4,2,3,4,3,5);
INSERT INTO assessments VALUES(90,'60f4dc6c-2b24-4f94-9a91-69f407fe6f21',1,'2026-12-05T18:41:04.670338Z','Nadia Bouzerda','2026-12-05T18:41:04.670338Z','Nadia Bouzerda',0,40,'2023-12-29','Nadia Bouzerda',1,4,4,2,3,4,3,5);
INSERT INTO assessments VALUES(91,'e9e980ca-eb3f-4ce3-9ace-17a4bed7ba63',1,'2026-12-05T18:41:04.670353Z','Nadia Bouzerda','2026-12-05T18:41:04.670353Z','Nadia Bouzerda',0,40,'2024-09-10','Nadia Bouzerda',2,5,5,3,3,4,4,5);
CREATE TABLE track_history (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_id INTEGER NOT NULL REFERENCES cases (id),
  date TEXT NOT NULL,
  track TEXT NOT NULL,
  author TEXT,
  note TEXT
);
INSERT INTO track_history VALUES(1,'e4bc08ed-7fd0-4d2b-87d7-693a82b2b888',1,'2026-12-05T18:41:04.648723Z','Sanne Vermeulen','2026-12-05T18:41:04.648723Z','Sanne Vermeulen',0,1,'2025-07-03','care','Sanne Vermeulen',NULL);
INSERT INTO track_history VALUES(2,'b18b10f9-8063-41d4-a0b5-94f72f87ebb6',1,'2026-12-05T18:41:04.650270Z','Nadia Bouzerda','2026-12-05T18:41:04.650270Z','Nadia Bouzerda',0,2,'2026-12-05','development','Nadia Bouzerda','Na de verkenning eerst een ontwikkeltraject bij WerkvoorHeerlen.');
INSERT INTO track_history VALUES(3,'41e7dfab-a1b9-447c-941c-de13fc0c8e4a',1,'2026-12-05T18:41:04.650408Z','Monique Dautzenberg','2026-12-05T18:41:04.650408Z','Monique Dautzenberg',0,3,'2025-03-08','care','Monique Dautzenberg',NULL);
INSERT INTO track_history VALUES(4,'17abc6b8-55d6-4425-9454-1ea01e3ec90f',1,'2026-12-05T18:41:04.651066Z','Ricardo Martis','2026-12-05T18:41:04.651066Z','Ricardo Martis',0,4,'2024-03-10','work','Ricardo Martis',NULL);
INSERT INTO track_history VALUES(5,'f768d3d0-afa1-4054-87a7-920dc261463b',1,'2026-12-05T18:41:04.651538Z','Luuk Pelzer','2026-12-05T18:41:04.651538Z','Luuk Pelzer',0,5,'2025-03-19','beschut_werk','Luuk Pelzer',NULL);
INSERT INTO track_history VALUES(6,'c4c9c553-1e0f-4cbb-9ad5-72148c63fb31',1,'2026-12-05T18:41:04.652297Z','Ricardo Martis','2026-12-05T18:41:04.652297Z','Ricardo Martis',0,6,'2026-11-04','care','Ricardo Martis',NULL);
INSERT INTO track_history VALUES(7,'371872f8-9cf1-4d62-8330-63690dcaabbc',1,'2026-12-05T18:41:04.652554Z','Luuk Pelzer','2026-12-05T18:41:04.652554Z','Luuk Pelzer',0,7,'2025-03-03','basisbaan','Luuk Pelzer',NULL);
INSERT INTO track_history VALUES(8,'650f0332-456e-456a-93bc-233fa430749e',1,'2026-12-05T18:41:04.653735Z','Luuk Pelzer','2026-12-05T18:41:04.653735Z','Luuk Pelzer',0,9,'2024-07-16','care','Luuk Pelzer',NULL);
INSERT INTO track_history VALUES(9,'c21d1411-4b18-4799-9de9-64a06f673675',1,'2026-12-05T18:41:04.653999Z','Luuk Pelzer','2026-12-05T18:41:04.653999Z','Luuk Pelzer',0,10,'2026-07-04','work','Luuk Pelzer',NULL);
INSERT INTO track_history VALUES(10,'d8c2cd34-e373-4f9b-a247-7619061e039c',1,'2026-12-05T18:41:04.654244Z','Monique Dautzenberg','2026-12-05T18:41:04.654244Z','Monique Dautzenberg',0,11,'2025-05-12','basisbaan','Monique Dautzenberg',NULL);
INSERT INTO track_history VALUES(11,'102c723c-324a-4866-868a-169aac644408',1,'2026-12-05T18:41:04.654637Z','Nadia Bouzerda','2026-12-05T18:41:04.654637Z','Nadia Bouzerda',0,12,'2024-09-15','work','Nadia Bouzerda',NULL);
INSERT INTO track_history VALUES(12,'fedaccf6-6726-4e21-8391-adb27cfa21da',1,'2026-12-05T18:41:04.655342Z','Nadia Bouzerda','2026-12-05T18:41:04.655342Z','Nadia Bouzerda',0,13,'2024-08-29','care','Nadia Bouzerda',NULL);
INSERT INTO track_history VALUES(13,'8173834a-30ed-4a2e-aeae-ec01982dd953',1,'2026-12-05T18:41:04.656201Z','Nadia Bouzerda','2026-12-05T18:41:04.656201Z','Nadia Bouzerda',0,13,'2026-12-05','development','Nadia Bouzerda','Belastbaarheid verbeterd; start ontwikkeltraject bij WerkvoorHeerlen.');
INSERT INTO track_history VALUES(14,'7d2ca24d-b354-463e-abe6-056b279369a1',1,'2026-12-05T18:41:04.656306Z','Luuk Pelzer','2026-12-05T18:41:04.656306Z','Luuk Pelzer',0,14,'2023-05-17','work','Luuk Pelzer',NULL);
INSERT INTO track_history VALUES(15,'2ac4f8bd-cce1-4312-9dae-36187c1413f8',1,'2026-12-05T18:41:04.656545Z','Kemal Aksoy','2026-12-05T18:41:04.656545Z','Kemal Aksoy',0,15,'2025-04-25','development','Kemal Aksoy',NULL);
INSERT INTO track_history VALUES(16,'fd883a09-0bb0-414e-b1c2-2801cd82b586',1,'2026-12-05T18:41:04.657423Z','Sanne Vermeulen','2026-12-05T18:41:04.657423Z','Sanne Vermeulen',0,16,'2025-01-30','care','Sanne Vermeulen',NULL);
INSERT INTO track_history VALUES(17,'91c72b57-0302-4862-b41e-c1d2b04708b6',1,'2026-12-05T18:41:04.657723Z','Sanne Vermeulen','2026-12-05T18:41:04.657723Z','Sanne Vermeulen',0,16,'2026-12-05','development','Sanne Vermeulen','Belastbaarheid verbeterd; start ontwikkeltraject bij WerkvoorHeerlen.');
INSERT INTO track_history VALUES(18,'8f74fcfd-1b4e-49a1-96dc-e367b5a302ca',1,'2026-12-05T18:41:04.658125Z','Kemal Aksoy','2026-12-05T18:41:04.658125Z','Kemal Aksoy',0,19,'2024-08-24','development','Kemal Aksoy',NULL);
INSERT INTO track_history VALUES(19,'140c033b-74dd-4c3b-8a26-4e283450e1e9',1,'2026-12-05T18:41:04.658406Z','Sanne Vermeulen','2026-12-05T18:41:04.658406Z','Sanne Vermeulen',0,20,'2024-02-03','basisbaan','Sanne Vermeulen',NULL);
INSERT INTO track_history VALUES(20,'8f94fcd5-9a41-42da-b68c-fe7f801471b0',1,'2026-12-05T18:41:04.658914Z','Sanne Vermeulen','2026-12-05T18:41:04.658914Z','Sanne Vermeulen',0,20,'2026-12-05','work','Sanne Vermeulen','Na de basisbaan is Demi toe aan een reguliere baan; bemiddeling via WSP Parkstad.');
INSERT INTO track_history VALUES(21,'1f679fc6-b3e7-4464-87d2-fb2908349324',1,'2026-12-05T18:41:04.659191Z','Luuk Pelzer','2026-12-05T18:41:04.659191Z','Luuk Pelzer',0,22,'2025-08-03','development','Luuk Pelzer',NULL);
INSERT INTO track_history VALUES(22,'cd7e2869-cbff-4f68-9ee9-f6ec543390bf',1,'2026-12-05T18:41:04.660491Z','Sanne Vermeulen','2026-12-05T18:41:04.660491Z','Sanne Vermeulen',0,23,'2025-01-11','work','Sanne Vermeulen',NULL);
INSERT INTO track_history VALUES(23,'2c63f427-0c04-40f0-8689-f816f8fbdba8',1,'2026-12-05T18:41:04.661019Z','Sanne Vermeulen','2026-12-05T18:41:04.661019Z','Sanne Vermeulen',0,24,'2025-03-16','development','Sanne Vermeulen',NULL);
INSERT INTO track_history VALUES(24,'9cdfff8c-2929-486e-bff9-85de3d354017',1,'2026-12-05T18:41:04.661600Z','Kemal Aksoy','2026-12-05T18:41:04.661600Z','Kemal Aksoy',0,25,'2023-04-08','beschut_werk','Kemal Aksoy',NULL);
INSERT INTO track_history VALUES(25,'17c73536-7a95-41f6-bd43-b483b75400e6',1,'2026-12-05T18:41:04.662782Z','Ricardo Martis','2026-12-05T18:41:04.662782Z','Ricardo Martis',0,27,'2025-01-01','basisbaan','Ricardo Martis',NULL);
INSERT INTO track_history VALUES(26,'a40a15ec-4c0e-4ebf-b841-2d46e7d14d81',1,'2026-12-05T18:41:04.663512Z','Nadia Bouzerda','2026-12-05T18:41:04.663512Z','Nadia Bouzerda',0,28,'2025-03-08','work','Nadia Bouzerda',NULL);
INSERT INTO track_history VALUES(27,'a0dd735a-ad94-42c1-92ca-fc8acab91e5d',1,'2026-12-05T18:41:04.664597Z','Luuk Pelzer','2026-12-05T18:41:04.664597Z','Luuk Pelzer',0,30,'2023-12-05','development','Luuk Pelzer',NULL);
INSERT INTO track_history VALUES(28,'661b3b1c-605a-4e41-a6d0-4a390c598d7d',1,'2026-12-05T18:41:04.665043Z','Nadia Bouzerda','2026-12-05T18:41:04.665043Z','Nadia Bouzerda',0,31,'2023-05-10','care','Nadia Bouzerda',NULL);
INSERT INTO track_history VALUES(29,'44956358-df47-4429-b44c-071165af613b',1,'2026-12-05T18:41:04.665578Z','Nadia Bouzerda','2026-12-05T18:41:04.665578Z','Nadia Bouzerda',0,32,'2023-12-29','work','Nadia Bouzerda',NULL);
INSERT INTO track_history VALUES(30,'5ff3abb0-4c59-446b-84c3-b1f0774b3c3c',1,'2026-12-05T18:41:04.666335Z','Monique Dautzenberg','2026-12-05T18:41:04.666335Z','Monique Dautzenberg',0,33,'2025-09-07','basisbaan','Monique Dautzenberg',NULL);
INSERT INTO track_history VALUES(31,'fe558c6d-abe7-43d4-bd4c-35127eda4306',1,'2026-12-05T18:41:04.666905Z','Monique Dautzenberg','2026-12-05T18:41:04.666905Z','Monique Dautzenberg',0,33,'2026-12-05','work','Monique Dautzenberg','Na de basisbaan is Rania toe aan een reguliere baan; bemiddeling via WSP Parkstad.');
INSERT INTO track_history VALUES(32,'b32fefb9-dd88-462e-9a71-16ca672cf3ee',1,'2026-12-05T18:41:04.667279Z','Sanne Vermeulen','2026-12-05T18:41:04.667279Z','Sanne Vermeulen',0,35,'2023-03-11','work','Sanne Vermeulen',NULL);
INSERT INTO track_history VALUES(33,'5e13f27c-11ab-4e1e-ac6d-c76b15323b83',1,'2026-12-05T18:41:04.667584Z','Monique Dautzenberg','2026-12-05T18:41:04.667584Z','Monique Dautzenberg',0,36,'2024-09-09','work','Monique Dautzenberg',NULL);
INSERT INTO track_history VALUES(34,'49f47f2c-6e96-4cbc-a58e-e7d35aeac740',1,'2026-12-05T18:41:04.668313Z','Ricardo Martis','2026-12-05T18:41:04.668313Z','Ricardo Martis',0,37,'2025-09-03','work','Ricardo Martis',NULL);
INSERT INTO track_history VALUES(35,'0c77f5aa-29f9-4a59-a6a2-e29babaeefc9',1,'2026-12-05T18:41:04.668824Z','Sanne Vermeulen','2026-12-05T18:41:04.668824Z','Sanne Vermeulen',0,38,'2023-08-21','work','Sanne Vermeulen',NULL);
INSERT INTO track_history VALUES(36,'27dfa93b-fa44-4eac-809a-ce8bef8e1f42',1,'2026-12-05T18:41:04.669714Z','Sanne Vermeulen','2026-12-05T18:41:04.669714Z','Sanne Vermeulen',0,38,'2026-12-05','development','Sanne Vermeulen','Direct werk blijkt nog te hoog gegrepen; eerst werkritme opbouwen bij WerkvoorHeerlen.');
INSERT INTO track_history VALUES(37,'deb6f22c-6853-4874-aaa1-2cc7c146143e',1,'2026-12-05T18:41:04.669775Z','Sanne Vermeulen','2026-12-05T18:41:04.669775Z','Sanne Vermeulen',0,39,'2025-11-13','basisbaan','Sanne Vermeulen',NULL);
INSERT INTO track_history VALUES(38,'ebc184e8-91ef-4e2f-9d2b-e6944685e1b3',1,'2026-12-05T18:41:04.670080Z','Sanne Vermeulen','2026-12-05T18:41:04.670080Z','Sanne Vermeulen',0,39,'2026-12-05','work','Sanne Vermeulen','Na de basisbaan is Monique toe aan een reguliere baan; bemiddeling via WSP Parkstad.');
INSERT INTO track_history VALUES(39,'43935dbc-abca-4dd2-a0d9-afd5cabbe3c5',1,'2026-12-05T18:41:04.670145Z','Nadia Bouzerda','2026-12-05T18:41:04.670145Z','Nadia Bouzerda',0,40,'2023-03-28','development','Nadia Bouzerda',NULL);
CREATE TABLE involvements (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_id INTEGER NOT NULL REFERENCES cases (id),
  organisation TEXT NOT NULL,
  contact TEXT,
  role TEXT
);
INSERT INTO involvements VALUES(1,'f8c60ae4-9029-4624-9b0e-d3f2f695ee78',1,'2026-12-05T18:41:04.649358Z','Sanne Vermeulen','2026-12-05T18:41:04.649358Z','Sanne Vermeulen',0,1,'Jeugdzorg','Chantal Meijers','jeugdconsulent');
INSERT INTO involvements VALUES(2,'b59bb633-78e1-403e-9be4-ae740bf30bc7',1,'2026-12-05T18:41:04.649774Z','Nadia Bouzerda','2026-12-05T18:41:04.649774Z','Nadia Bouzerda',0,2,'Team schuldhulpverlening','Bart Gulpen','budgetcoach');
INSERT INTO involvements VALUES(3,'bd9401b0-39b7-4fd3-81a8-f316e5705d3c',1,'2026-12-05T18:41:04.651478Z','Ricardo Martis','2026-12-05T18:41:04.651478Z','Ricardo Martis',0,4,'WSP Parkstad','Dennis Vroomen','accountmanager');
INSERT INTO involvements VALUES(4,'0522473e-046f-4984-8325-608bdc581e80',1,'2026-12-05T18:41:04.652237Z','Luuk Pelzer','2026-12-05T18:41:04.652237Z','Luuk Pelzer',0,5,'WerkvoorHeerlen','Hakan Yavuz','leermeester');
INSERT INTO involvements VALUES(5,'7ab8dcdf-158a-47cb-8a07-27b92ad56673',1,'2026-12-05T18:41:04.652498Z','Ricardo Martis','2026-12-05T18:41:04.652498Z','Ricardo Martis',0,6,'Huisarts','Eva Slangen','praktijkondersteuner GGZ');
INSERT INTO involvements VALUES(6,'b8e46c33-027d-497c-aa90-8888ea7636df',1,'2026-12-05T18:41:04.653417Z','Luuk Pelzer','2026-12-05T18:41:04.653417Z','Luuk Pelzer',0,7,'Jeugdzorg','Chantal Meijers','jeugdconsulent');
INSERT INTO involvements VALUES(7,'7c0deb01-ef9e-4348-9465-13c4876321f4',1,'2026-12-05T18:41:04.653672Z','Luuk Pelzer','2026-12-05T18:41:04.653672Z','Luuk Pelzer',0,8,'Jeugdzorg','Chantal Meijers','jeugdconsulent');
INSERT INTO involvements VALUES(8,'cb3c5f99-4f46-4a72-883b-f92909c5c2b6',1,'2026-12-05T18:41:04.653943Z','Luuk Pelzer','2026-12-05T18:41:04.653943Z','Luuk Pelzer',0,9,'Huisarts','Eva Slangen','praktijkondersteuner GGZ');
INSERT INTO involvements VALUES(9,'32935eef-14e5-4b53-b854-5242528763dc',1,'2026-12-05T18:41:04.654187Z','Luuk Pelzer','2026-12-05T18:41:04.654187Z','Luuk Pelzer',0,10,'WSP Parkstad','Dennis Vroomen','accountmanager');
INSERT INTO involvements VALUES(10,'d8d1c1aa-40f9-43bb-aef6-8ca625184902',1,'2026-12-05T18:41:04.656080Z','Nadia Bouzerda','2026-12-05T18:41:04.656080Z','Nadia Bouzerda',0,13,'Jeugdzorg','Chantal Meijers','jeugdconsulent');
INSERT INTO involvements VALUES(11,'ce9388f7-ad95-4d01-85b0-e51b2a3588ec',1,'2026-12-05T18:41:04.656091Z','Nadia Bouzerda','2026-12-05T18:41:04.656091Z','Nadia Bouzerda',0,13,'Huisarts','dr. Hoogland','huisarts');
INSERT INTO involvements VALUES(12,'454f2b85-c520-47cc-a2f0-631e93a143f1',1,'2026-12-05T18:41:04.656493Z','Luuk Pelzer','2026-12-05T18:41:04.656493Z','Luuk Pelzer',0,14,'WSP Parkstad','Dennis Vroomen','accountmanager');
INSERT INTO involvements VALUES(13,'abfb99ff-ef68-4a45-884c-c1d886940a3a',1,'2026-12-05T18:41:04.657637Z','Sanne Vermeulen','2026-12-05T18:41:04.657637Z','Sanne Vermeulen',0,16,'Huisarts','Eva Slangen','praktijkondersteuner GGZ');
INSERT INTO involvements VALUES(14,'4112eb95-5c29-4b87-b177-223345b97844',1,'2026-12-05T18:41:04.657923Z','Luuk Pelzer','2026-12-05T18:41:04.657923Z','Luuk Pelzer',0,17,'HeerlenStandBY','Wim Souren','schuldhulpmaatje');
INSERT INTO involvements VALUES(15,'e35f0d78-9397-42af-bc32-a061caf4d237',1,'2026-12-05T18:41:04.659114Z','Nadia Bouzerda','2026-12-05T18:41:04.659114Z','Nadia Bouzerda',0,21,'Team schuldhulpverlening','Bart Gulpen','budgetcoach');
INSERT INTO involvements VALUES(16,'be1d5040-2c1e-447f-ac94-053b0b675adc',1,'2026-12-05T18:41:04.660205Z','Luuk Pelzer','2026-12-05T18:41:04.660205Z','Luuk Pelzer',0,22,'WerkvoorHeerlen','Hakan Yavuz','leermeester');
INSERT INTO involvements VALUES(17,'1e59a0ae-16bb-40e8-81cc-0a244886fa44',1,'2026-12-05T18:41:04.660957Z','Sanne Vermeulen','2026-12-05T18:41:04.660957Z','Sanne Vermeulen',0,23,'WSP Parkstad','Dennis Vroomen','accountmanager');
INSERT INTO involvements VALUES(18,'361a9421-4055-427a-81d2-e61a375de78f',1,'2026-12-05T18:41:04.661529Z','Sanne Vermeulen','2026-12-05T18:41:04.661529Z','Sanne Vermeulen',0,24,'WerkvoorHeerlen','Hakan Yavuz','leermeester');
INSERT INTO involvements VALUES(19,'323335e1-a63b-4583-9d57-eb70d1e55f33',1,'2026-12-05T18:41:04.662726Z','Kemal Aksoy','2026-12-05T18:41:04.662726Z','Kemal Aksoy',0,26,'Huisarts','dr. Hoogland','huisarts');
INSERT INTO involvements VALUES(20,'dfb3f5d1-77bd-4fcb-8f4d-fc2e3a248e55',1,'2026-12-05T18:41:04.663972Z','Nadia Bouzerda','2026-12-05T18:41:04.663972Z','Nadia Bouzerda',0,28,'Jeugdzorg','Omar Bakkali','gezinscoach');
INSERT INTO involvements VALUES(21,'72e3f717-2df5-440e-8bf5-1570423977b7',1,'2026-12-05T18:41:04.663984Z','Nadia Bouzerda','2026-12-05T18:41:04.663984Z','Nadia Bouzerda',0,28,'WSP Parkstad','Dennis Vroomen','accountmanager');
INSERT INTO involvements VALUES(22,'6ca29947-398e-4f93-9205-9fca0d0e69e6',1,'2026-12-05T18:41:04.664346Z','Luuk Pelzer','2026-12-05T18:41:04.664346Z','Luuk Pelzer',0,29,'HeerlenStandBY','Wim Souren','schuldhulpmaatje');
INSERT INTO involvements VALUES(23,'0327e806-3c9a-443c-94fe-682ccfeaa546',1,'2026-12-05T18:41:04.664969Z','Luuk Pelzer','2026-12-05T18:41:04.664969Z','Luuk Pelzer',0,30,'Kredietbank Limburg','Peter Vankan','consulent schuldregeling');
INSERT INTO involvements VALUES(24,'fc314f5c-0fcc-4ff7-9b94-bea4908f5dbe',1,'2026-12-05T18:41:04.666273Z','Nadia Bouzerda','2026-12-05T18:41:04.666273Z','Nadia Bouzerda',0,32,'WSP Parkstad','Ellen Schoonbrood','jobcoach');
INSERT INTO involvements VALUES(25,'542c06bb-e30b-481c-b70e-1c608c3e3183',1,'2026-12-05T18:41:04.667220Z','Sanne Vermeulen','2026-12-05T18:41:04.667220Z','Sanne Vermeulen',0,34,'Huisarts','Eva Slangen','praktijkondersteuner GGZ');
INSERT INTO involvements VALUES(26,'4ff07a16-2d7a-46fb-ab3a-3f9f81617238',1,'2026-12-05T18:41:04.668060Z','Monique Dautzenberg','2026-12-05T18:41:04.668060Z','Monique Dautzenberg',0,36,'WSP Parkstad','Dennis Vroomen','accountmanager');
INSERT INTO involvements VALUES(27,'40411d70-2de5-4c76-bb78-ff10968cf4ea',1,'2026-12-05T18:41:04.669584Z','Sanne Vermeulen','2026-12-05T18:41:04.669584Z','Sanne Vermeulen',0,38,'Kredietbank Limburg','Susan Habets','budgetbeheerder');
INSERT INTO involvements VALUES(28,'19f02931-3ea0-4b1b-868d-00237dc8360f',1,'2026-12-05T18:41:04.669598Z','Sanne Vermeulen','2026-12-05T18:41:04.669598Z','Sanne Vermeulen',0,38,'WSP Parkstad','Ellen Schoonbrood','jobcoach');
INSERT INTO involvements VALUES(29,'b3a8f11f-a966-4a08-ba78-a25e79a56d9f',1,'2026-12-05T18:41:04.669989Z','Sanne Vermeulen','2026-12-05T18:41:04.669989Z','Sanne Vermeulen',0,39,'WerkvoorHeerlen','Marieke Lenaerts','trajectbegeleider');
INSERT INTO involvements VALUES(30,'c2a73c78-501d-4869-a036-c6235262e337',1,'2026-12-05T18:41:04.670001Z','Sanne Vermeulen','2026-12-05T18:41:04.670001Z','Sanne Vermeulen',0,39,'Jeugdzorg','Omar Bakkali','gezinscoach');
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','case_fts','case_fts',0,'CREATE VIRTUAL TABLE case_fts USING fts5 (name, address, notes,
  tokenize = ''unicode61 remove_diacritics 2'')');
CREATE TABLE IF NOT EXISTS 'case_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO case_fts_data VALUES(1,X'2859814e9b1e');
INSERT INTO case_fts_data VALUES(10,X'00000000030f820b000c0701010101010201010401010501010601010801010901010a01010b01010c01010d010100021201021101020001030104');
INSERT INTO case_fts_data VALUES(137438953473,X'000004d404303239380507010214010233310507010215020137050701010301013405070102130104363431390507010105010361616e050901022e3b040667656d656c640507010202060676726161676405090102274e04076d656c64696e67050701023702076667656c65676405090102304705077370726f6b656e050901028100030673707261616b050701023d02046b736f79050b0102290d4702046c6c6573050701021801016205070101040205656b656e64050701021a03036c64650507010259030573636875740507010249040670726f6b656e0507010262031174616c696e6773726567656c696e67656e050701027c0202696a050901023833020b7575727463656e7472756d050701020d06047465616d050701025d0105636865636b050901021c280207726f6d6261636805090301026b010264650513010204200b1f0e0e10020769676974616c6505080102810902036f6f720507010203050a76657277696a7a696e6705070102360203726965050701027e010365656e050901028102020a696b656e6465727765670507010102020172050701020e020876616c756572656e050901028104010767657363686174050701021103097a696e73636f616368050701026301056865656674050701027b0404726c656e0507010107030174050901020c520207756973617274730507010205050662657a6f656b050b01022f3b0e0102696e050b01020b1428030b74616b656765737072656b050701020a020173050701021901096a657567647a6f72670507010265020168050701010601036b616e050701024e0203656572050701022d03036d616c050b0102280d47030a6e6e69736d616b696e6705070102460207696e646572656e050b010223401002046f727465050901021b2801086c65657267656c6405090102264e01056d61616e6405090102503502026574050d0102062e4708020177050701026a01026e61050701025703026172050701025b0203696574050701021702026f67050701021601026f6d050701025f020a6e746272656b656e646505070102550201700509010212370203766572050901023e450103706572050901021e280108726566657272656405080102810502036f6d79050f02010209460708010573616d656e050901023147020b63686f6f6c6b6f7374656e05090102204e0409756c64656973657273050701027f08016e0507010210070468756c7005070102350b087665726c656e6572050701027a1103696e67050701023a02046c756974050901022a3e020674617274656e0507010251030769636874696e6705090102254e0305756b6b656e05070102560403757274050701025301047465616d050701023903066c65666f6f6e050901021f280202686505080102810702016f0508010281060309657374656d6d696e67050701020702077261696e696e670508010281080203776565050701023f010c76616172646967686564656e05080102810a03016e050b010208451b02086572737475757264050701023b0202696105090102244e02076f6c67656e6465050b01022c121503026f7205090102214e010577656b656e0507010240030a726b616664656c696e67050701024a050b766f6f72686565726c656e050701024c01047a656c66050701025a0203696a6e050701020f02056f7267656e050701025e040a0908080b0b0d0e0e0f0f0d0d0b080c0a0c0d180a120b0d0f0f0f0a110a0b1108100e100c0b090e0f0b120810080a0a0c11100c100d0c0809090a090911090b0b100e0d1310080b0f0a0c0d0f0c0a0b0e0a09100f0a140a0f0a100a0c11120b0a');
INSERT INTO case_fts_data VALUES(274877906945,X'000004e604303239380507010214010233310507010215020137050701010301013405070102130104363431390507010105010361616e050901022e3b040667656d656c640507010202060676726161676405090102274e04076d656c64696e67050701023702076667656c65676405090102304705077370726f6b656e050901028100030673707261616b050701023d02046b736f79050b0102290d4702046c6c6573050701021801016205070101040205656b656e64050701021a03036c64650507010259030573636875740507010249040670726f6b656e0507010262031174616c696e6773726567656c696e67656e050701027c0202696a050901023833020b7575727463656e7472756d050701020d06047465616d050701025d0105636865636b050901021c280207726f6d6261636805090301026b010264650513010204200b1f0e0e10020769676974616c65050b010281090802036f6f720507010203050a76657277696a7a696e6705070102360203726965050701027e010365656e050901028102020a696b656e6465727765670507010102020172050701020e020876616c756572656e050901028104010767657363686174050701021103097a696e73636f616368050701026301056865656674050701027b0404726c656e0507010107030174050901020c520207756973617274730507010205050662657a6f656b050b01022f3b0e0102696e050d01020b14284b030b74616b656765737072656b050701020a020173050701021901096a657567647a6f72670507010265020168050701010601036b616e050701024e0203656572050701022d03036d616c050b0102280d47030a6e6e69736d616b696e6705070102460207696e646572656e050b010223401002046f727465050901021b2801086c65657267656c6405090102264e01056d61616e6405090102503502026574050d0102062e4708020177050701026a01026e61050701025703026172050701025b0203696574050701021702026f67050701021601026f6d050701025f020a6e746272656b656e646505070102550201700509010212370203766572050901023e450103706572050901021e2802056c6163656405080102810b0108726566657272656405090102810502036f6d79050f02010209460708010573616d656e050901023147020b63686f6f6c6b6f7374656e05090102204e0409756c64656973657273050701027f08016e0507010210070468756c7005070102350b087665726c656e6572050701027a1103696e67050701023a02046c756974050901022a3e020674617274656e0507010251030769636874696e6705090102254e0305756b6b656e05070102560403757274050701025301047465616d050701023903066c65666f6f6e050901021f2802026865050b010281070802016f0509010281060309657374656d6d696e67050701020702077261696e696e67050b01028108080203776565050701023f010c76616172646967686564656e050b0102810a0803016e050b010208451b02086572737475757264050701023b0202696105090102244e02076f6c67656e6465050b01022c121503026f7205090102214e010577656b656e0507010240030a726b616664656c696e67050701024a050b766f6f72686565726c656e050701024c01047a656c66050701025a0203696a6e050701020f02056f7267656e050701025e040a0908080b0b0d0e0e0f0f0d0d0b080c0a0c0d180a120b0d0f0f100a110a0b1108100e100c0b090e0f0c120810080a0a0c11100c100d0c0809090a090911090b0b0d100e0d1310080b0f0a0c0d0f0c0a0b0e0b0910100a150a0f0a100a0c11120b0a');
INSERT INTO case_fts_data VALUES(412316860417,X'00000f240430303238130601021502023639090601021202023935110601021301013111060102120c0601021a02013015060102130301350a060101030201310b060101030301301b060102180301390f0601021402013218060101030201331d0601021c02023432160601021b0301351a0601010303013806060101030201350e0601010303013802060102140201371506010103020138020601021508060102140506010213080601010303013112060101030103323038100601010302013111060101030206010214060601010302060101030201320f060102150c060102170206010103020233351e060101030201351b060102190301311c060101030201360a0601021607060102140201370206010213070801021104020238610c06010104020239380506010214010133160601021a060601021502013105060102150201340b0601021502023533150601021403016103060101030201370506010103010134050601021302013513060101040201360906010103020237311d0601021b02013813060102160101350b060102130b0601010302013215060102150301320a060102150101360306010212040601010402013102060101030d06010103020134030601021403023132030601010407060101040d0601010407060101040401330b060101040a06010104070601010404013411060101040906010104030601010404013512060101040401360806010104040138040601010404013901060101040406010105030232310d06010104040132020601010404060101040e060101040506010104030233310f060101040706010104020601010404013207060101050706010104050601010508060101040401330906010104030601010504060101040201370e060102130201381c0601021702016214060101030101370d0601010302013108060101030201350406010103120601021c01033831340306010213020233340b060102140301381c0601021602013601060101030101390e06010211020236340e06010212010361616e0106010223040801022e3b010601023802060102290406010264010601024c020a01023b09260706010247030801024209020801028103010801023837040667656d656c640106010202020601021e020601020202060102020406010202040601024a03060102020306010202030601021e060676726161676401080102342104080102274e020a01021c135105080102441001060102330206010223020601021e0806010257020601022804066d616e696e67020601022c19080102810a0506656c64696e6702060102040306010237060601022e01080102041c04060102040506010227040601021d01060102040206010204040370616b08060102110c0601021204060102110306010211040576726161670406010218080601026804060102180a0801022813020c63687465727374616e64656e0806010215040601021104060102110706010210020c646d696e69737472617469651d0601022a020165170601010502076667656c65676405080102304702060102700606010219010801021a0e0b0601024b030601025f010601021e05077370726f6b656e050801028100080601020a090601020a070601020a0308736c756974656e6416060102430405707261616b050601023d02080102110f020a010214170503080102305303060102430306010211020a0102420a05030801022c1201060102280106010259010801023113010601021f010601023d010601023e07036b656e0406010236100601023403060102350606010234020567656e646107080102432d060601022a0806010231030601026c050601025202096b657273747261617401060101020303736f79050a0102290d4702046c6c65730306010217020601021809060102160706010218010601021f050601021c0301731b06010268030474696a640406010267020470706a6503060102290108010230100206010223010801024618080601022c0406010219010801021818070601026c0201721606010105030a69656e7373747261617407060101030506010103070601010302067a7a6f757a69130203010162050601010402026173110a0201020218040669736261616e0708010281030d0801021e3b0706010261030a757473636865727765671a06010102020a65656c6462656c6c656e04060102500606010217020601026501060102680606010227010601023a0306010211020601027101080102111603046b656e6401060102100206010219010601020f010601021a010601020f01060102100606010217010601021804060102100206010215010601021a0106010221020601021401060102110106010210010601021e030c6c617374626161726865696403060102460705696e67656e070601021a040264650208010217110306010259020601027e0f080102231402080102382401060102340106010247010601025901080102193503046e616c69080803010207030472746861010e020102090a390e030573636875740506010249140a010264150d04036c61670e0601022b01060102750d0601021e010601024507057672696a650e06010230010601027a0d06010223010601024a040670726f6b656e010601021e010801020d0502060102290106010262010601022a0206010224010801020e100206010210010c01020d180a36010a010247280a010601022f010a010236390e010601020d010601020f0206010211010601023f010601022c010601023b0106010217010601023e01080102221d010601020d021001020d171323160d01080102173403057461616c640306010237050f6c696e6773726567656c696e67656e050601027c0201670e060101050202696a030801021b06010601025401080102383301060102110206010205030a0102171309010a0102203a1f030801024b1f0506010205010801021c0f020601022501080102051c010601021f010601023601080102055f0106010245040767657765726b74040601024604057374616e64040601021a080601026a040601021a0a0801022a1304077a6f6e646572650406010219080601026904060102190a080102291303046e6e656e060601022d030601021f040601027802046c65656b110601021c0304696a6674130601023208080102443802076f757a6572646106060102330106010274070801021e0e0b080102440d020601027e050269640d0203020672656e67656e0d0601020e090601020e070601020e03066f7577657273010203020b7564676574626568656572030601022f030a75727463656e7472756d010601020d040601020d020801020d090206010217020601020d0406010246030801020d090206010245010601020d030801022b3b03060102220106010240010601024107086f6e6369657267651b0601026906076b616e746f6f72010601024b010601023b0a0601024a010a0102301416020601021b0106010217030801020735040601024501060102720106010207040601023306047465616d020801021b11030601025d020801028102010601020d0c0601020e020801022714020a01020d31240106010238010601024b010801020d52010801021d3501076361736361646508060102100c06010211040601021003060102100206656e7472756d01060102190606010236110801021d3d02046865636b01080102290f0206010239020801021c280406010225010601022302060102130306010271080801022013040a010281051202036a6962020601022f19080102810d02076f6d706c6565740a0601022d03056e7461637407060102230506010225010601027102060102550206010216070601024e01080102134d0206010248010801022c450504726163740a0601021f06066f6c6572656e0e06010233010601027d0d06010226010601024d030a7269736265726777656702060101020201721c0601010503066f6d6261636805080301026b02080301021702057572737573180601025f020176040601024402017718060101050106646161726e61030601022b01080102321002060102250108010248180206010205050601020501080102052b040601021b010801021a18070601026e030a67626573746564696e670606010214070601025703047373656e1102030301741d0601022b030975747a656e626572670d08010209160906010209020165010e0102041a15210a010601022301060102430212010204200b1f0e0e100108010216210112010204261c16190c13010a01020f11060106010230020e03010204170c09010a01023f101201100102100518120e1601080102230c011001021e0a100d261603060102040212030102070b1507221601080102042e010801021005010601024d010c01020f320828010e01023b0d0e13150106010221010e01020f2126131f010e010220132b0e19010e0102100518200c03036c656e020601020a0a0601020a040601020a0a0601020a020601020a03026d6914100201021d0b0f0b150301720a020402026872090601021903080102591f030801024823060601021d030801020629020601023703060102430204696769640d060102310e06010226050474616c65180601026003026d61120a020102091102046f67616e06080301021303026f7201060102030106010222030601020302060102030406010203070601020303060102030606010251050767656e6f6d656e020601023119080102810f050a76657277696a7a696e670506010236060601022d030573736965720406010269120601025003080102810602017207060101020506010102070601010203026965050601027e010601021c070601025f05076765737072656b0b0601021b0d0801022f460308010281190102656210060101050202656e02060102330106010228010e01021c15101a0801080102810201080102220e0108010245180206010220030801026c07010801026516020801022b25010601021c030c0102180b0f110108010217180206010240010801021c0c010801022233020801022c13010e010240170d0d0d01080102463404087a61616d68656964040601022803037273740306010227010801022e100206010221010801024418060601020b020601022a0406010217010801021618020801020b35050601026a0106010276010601020b060165070801028105030601021d030601020207080102203b02060102020706010202020b696b656e64657276656c64040c01020910120709037765670406010102010601010202016e04080102472004080102030d040601021c040a09090d0808080808080809080808080817080a17120908080d0e09090d080809080808080809080d08080d0d081812120808080d091713171208080808080d0a090808080942353a1336191c2213082e1e0f551921100c24080b31081b0b080b19113a56130c350c0f13191b81100c16085e0e1c1e150b112407170b12500f43441d1838100e360b1c1108140c08083e16090816813a1e0e062a100b0b0c2c14161712131a09790f4523150f');
INSERT INTO case_fts_data VALUES(412316860418,X'00040f520d06010212060801020a2301080102030e010601022501080102123a02080102030d010801020a13020c0102030d313802060102120d30656e6572676965636f6163680d0601026e020601026e0506010240080872656b656e696e670d0601026c020601026c050601023e030974686f7573696173740c0601022e0b0601021a0506010257020172030601020d020601020e010601021b070601025e010601020c0506010231020601020e0106010215050a0102123338020876616c75617469650708010281060d080102213b06046572656e0206010235020601025d010801028104070601027301060102670a0601021e0406010257010466696e790b0a020102091a020572696a6e731e0203010467616174020601021d040601021a070601025d0506010219060801023546030601024c020601022c02056562656c64030601022c0108010233100206010226010801024918080601022f040601021c010801021b18070601026f04057261636874130601020e060601020e05036f656b0f06010102010601010203046461616e030601020c010601020c020601020c040601020c070601020c060601020c0302656e010601020e030601020d020601020d010601020e0106010214040601021001060102150306010210020601020e0206010213020601024c010601020f0106010212010601020f010601020e0305676576656e080601020a0c0601020b040601020a030601020a03056d61616b74090601022d010601022a0a0601024e040565656e74650d0601023a0e0801022f3709056c696a6b6507060102190403697374090601022a0b0601024b03057363686174030601021002060102110506010212040601020f0106010211060601021101060102180506010215010601021304056c6f74656e040601026a120601025103080102810904047072656b010601024601080102360d020601025f0806010245010c0102032a14160206010216010601021203060102350308010203430106010240010601026d030601025e02080102032d06046f6b656e0c06010219090601022204060102180404746172740708010281040206010204020601022003060102040106010204040801021f1e010801021f3b04080102511603080102811e050475757264030601022a010a010231100e0206010224010801024718080601022d040601021a010801021918070601026d030774726f6666656e0e060102210306766f6e64656e0606010218070601025b030677616e64656e0c0601023c07080102261e03037a657413060102300808010242380402696e0106010241060a01023e1718050601027f0106010225020601025f070601022f0306010232060673636f616368010601021f040601026303060102250406010260010601024802060102370a0601023e03080102343702056973656c611b140201022a0a1a060c0f0e02016a0c0601010602036f65641d0601022d0501650a0601021c020d726f656e6f6e646572686f756413080102231e050601025501086861616c6261617206060102310306010223040601027c0d0801021d3a03046d64616e0e0203040803010217040365727309080301021a020465656674050601027b110601024b04016e060601022007060102630404726c656e010c010106010218010601010601060101060106010106010601010701060101060206010106020601010601060101060206010106040601010601060101060206010106010601010602060101060206010106010601010602060101060106010106010601010603086b73656e6265726714060102560b0565727765670d060101020c0601010203036c70741d06010224030174011001020c0b131c0608011201020616040f070e08010a0102061c07010e01020610122c16010801020c520106010206011201020c09210d17181b010a01020c101401060102160106010206010601020c01100102061d19130e2b010e0102240d141008020e01021a2d0f0e240108010206120106010206010a01020c0911010a010206350e010a01020d3911010801020c20010e0102260a060812010801020640011601020c0f0f06131214081001100102061c090c083a010801020646011201020c1717171332080110010206180f140612010c0102260e0c0602096f656e7362726f656b070c0101070102350206010106030601010702060101060106010106010601010603060101070306010106020e01010601021c3d0306010106030267650d0601026b020601026b050601023d030c6e69676d616e7374726161740806010102030a70706572736772616166030601020903047562656e0402030c02030c08030102430201700d060101050207756973617274730106010205020601024402060102050206010205040601020507060102050306010205050662657a6f656b030601021a020a01022f3b0e0106010210010601026f020601020602080102161301080102571f0106010218010a010206150e010801020663060601021b040601024a0106010235020601025e010601021d0506686f7564656e130601020806060102080304736b656e1706010209030d75726163687465727374616e640e0601021f0104696c736519180201020413040e122f0a0d0a02016e010c01020b0e150f020801020834010e0102081012072e010a01020b142801080102080f010e01020b09240f2d010601021c01080102151301080102081e010601020b010801021428010a01020f1b320208010244300206010208010801020b09010a01020c1a1e010801024314010801020b26010601020f010e0102081b090c1c010e01021b102f0e0a010c01020c1f5a08020c0102201a5012010801023e0c010a01020f3213030767656469656e64040601021f080601026f040601021f0a0801022f130508736368616b656c640d0601026f020601026f050601024105037a6574020601023e03056b6f6d656e1306010209060601020906047374656e130601022a080801023c38030d6c6f6f7073707265656b75757201060102160206010207010a010207101202060102070106010233010601021b02060102070206010239050601020703060102540306010207010601021a01060102280206010237030474616b650206010202010601020a010601020a020601020a02060102040106010202010601020a0206010202020601020201060102020106010202010601020a0306010204030601020a010601020402060102020106010204010601020207076765737072656b010601020a040601020a020601020a040601020a070601020a0106010202020601020a040601020202017303060102180206010219010601022c030601021e030601022d0106010277010601021707060102190108010220280106010219010801024108010801028104010801021e3a010601021d010601025601046a616172060601022f0306010221040601027a0208657567647a6f726701080102211d0406010265020a0102391718010601022704080102621a01080102202c020801023923070601022a030801022d150308010236370201680506010106020172040601010502017408060101050206757374796e611610020102051f140a0b020178030601010501056b61617274130601020d060601020d03016e050601024e080601023b0c08010269150208010230380306726f6c696e61020e020102160b08150201650f06010105030265720406010239010601022d0106010237090801024126050601023703060102380206010248020801028102020601023703036d616c050a0102280d47030a6e6e69736d616b696e67050601024603060102020c06010202040601020201080102611502060102020207696e646572656e010a01021d1521040a01022340100208010229510106010223040a01024010120106010246020801021f180a0801023c1903080102323702076c65696a6e656e19020305016e180601024302076f656c6b617374040601021e080601026e040601021e0a0801022e13030b666669656f636874656e64040601022a030372746501080102280f0206010238020801021b280406010224010601022202060102120306010270080801021f13040a0102810412030d7576656e6465727374726161741606010102020a72656469657462616e6b030601023103026f6c020203020675727665727303080301021d020377616d01060102120206010203010a01020310120206010203010601022f010601021702060102030206010235050601020303060102500306010203010601021601060102240206010233030c696a74736368656c64696e67070601021801076c616174737465040601025e03026e6718060102480501730106010213030801021212030601023001060102180406010236080601025104060102170106010225020601023403047374656e0306010235030374656e0e06010232010601027c0d06010225010601024c020765657267656c6401080102332104080102264e020801022c5105080102431003060102220a0601025605087765726b706c656b13080102221e0506010254030c6964696e67676576656e64650708010281090d080102243b03037a656e0c0601021b0906010224040601021a020469656b65030c020102022e141b020203056d62757267030601023202086f6769737469656b170601024e03036f7074030601023303067462726f656b1b0601023a0905657277656718060101020201701306010106020375756b0f0801023c2601056d61616e640206010234020601025c010801025035070601027201060102660a0601021d020801026b15020601025604017218060102440403746a651d06010223050b736368617070656c696a6b030601022103046475726f0f0a0301024923030167040601026603036b656e1606010242060601027a03046c696b61130e020102041c0d1003037269610c0601023b07080102251e04037469731d080102091b02036565720a02050c0601024e04087a656e62726f656b0a060102090c0565727765671c06010102030174010a010206370e010801020b2e010a01022d1207010a0102341011010c0102062e47080106010227011801020611111614051505111702060102180106010218010801020618011001020b0e1122221501180102040516060f0e0816190b010a01021c0808010e0102171b191105010801020b0a0106010217010801020611010c0102031c0d10011001021c08120b0d1701080102061c010a0102040524010a0102123108010e01022c062121080112010203130418231415010a01020b0916010e0102230c1e292c010e01020b241622110110010204051b070c15040365656e020601020f010601020b0106391d191a32162a0d0a2a32110f244f1b16120c0f34174d1538320e121310293113080a081a1f0f0b100d6d0f110a815f4413131112082c5a120b1414812b1e190a1111576031521544080808120811191108330c2b400c081e12371411070e4d130e09310b192b151a14110c0f0a0d0c080b31080a120d080f0f100b0d0f0c815f');
INSERT INTO case_fts_data VALUES(412316860419,X'00070f4c01020b060601020b030601020d010601020b010601020f060801020b050206010210040601020b060601021603306d680a0601010502076f68616d6d61640e080201020703056e697175650714020102091e0b1f0b0f1e06080102081609060102080205756c6b656e15080401021f030d73736368656d696765727765670306010102020177030601021c020601026a0106010212010601021601060102060308010218130706010216020801020643070801020620010601024202017806060101050b0601010501026e61010a010225201801060102030106010224010601024d01060102570206010259010601022b01060102330206010226010801020353010601024e020a0102292a30010601020302060102210106010244010601022b0206010231020801022527010601026e010801020323010801028111010e01020327142525010601023b03026172020a0102110a110106010205010801020545010601025b0106010205010801028100020601020f0106010205010601021106080102050d010601021e01060102120308010225140106010205010801023a2401060102360106010249010601025b010801021b350106010218030364696106060102320106010273070801021d0e0b080102430d020601027d030767656b6f6d656e040601023b1006010239030601023a060601023905056c6f70656e110601021a05067672616167640806010213040601020f040601020f070601020e0303696d610808020102160516020102052a0a0c160b100b02036965740306010216020601021701060102300306010222010601022c030601027b0106010215030601021d0406010217010601021e040801021b3a010601021b040275771b06010239060165020601022b020601021d050601022b030601026d040601021d040601024c060801022d1301080102810902046f62656c080601021f0303646967160601024f03016703060102150206010216050601022b04060102140706010216010601021d040801021a3a010601021a02017504060102630d0601021f01096f636874656e64656e060601021d0706010260050601021b02016d010601021b040601025f0306010221040601025c010601024402060102330a0601023a03080102303703026572170e0201020213072c020c6e646572737465756e696e67010601023e060a01023b1718020601020b030601027c0106010222010601020b010801020b53070801022c23030601022f030867656f70656e64650a0601020e050601020d0d0601020f0309746272656b656e646501060102570406010255020601025702060102310206010224040601022705060102290606010222020801025b25040d77696b6b656c7472616a6563740f0601024f09060102230201700108010214370106010239010601021101080102131201080102123702060102310108010219060206010213020801023713010a01022e141601080102101e010a010212095f0106010215030e0102051d0f0d060106010252010601021201060102190106010243010a0102183c20010c010205233e15020c010216210c3801080102140d0108010231170302656e09060102090506010209010601020902067264656e656e1d060102270203766572010601023d01060102320106010245010601025a010801023e45020c01021f1d1718010601020b040e01021a19410d09010801022145020601025b0406010234010601020c0106010223010601022b010c01021b14120f010601020b010a010219172e010801023213010e01020b3d100d1f05036c6567010601023a0206010241040a01023717180506010278010601021e020601025807060102280106010246020801022b5f05057a696368740a060102270c060102410606010279010e70616c656d69676572626f6f726415060101020306726b73746164040801024a1013080102292205060102490405746e657273020601020c0a0601020c040601020c0a0601020c020601020c0308737361727477656711060101020c0601010203067472696369611c1602010218181f0c051b05090205656c7a65720f0801023d26030172010801022b0f020601023b020801021e28010601021e03060102270106010225020601021501060102610206010273030601021c050801022213040a0102810712020569657465720a0a020102021902086c61617473696e6719080102810002076f73697469656607080102810a0d080102253b0401740a0601020f0306010211020601020e070601021106060102100106010211020d726f6566706c61617473696e670c060102280b0601021405060102510201760706010106010872616d616b657273180a030102072902080301023803056e647765670e060101020201631a0601010502036564740406010261030567656c656e0d0601023c0e060102310603696e670e0601022003086b656e696e67656e0d0601021409060102140706010214030e6e6e656d696765727374726161741406010102020669636172646f1d080102081b03016a130601022f08080102413802026f62090a0201020729140a020102052d0302656c181002010215241b0b1803026d79050e020102094607080b080201021403026e641a080102153a02037573740d0601020c090601020c070601020c02017702060101050201781e060101050105736168696e17020303036d656e02060102300206010245010801023147020801021b58060a010206161a010801021b0e0806010206030601024c020801022769010601026001080102061b03036e6e650414020102021012171011101806010262020e63686165736265726765727765670a06010102050b6e64656c6572626f6f7264170601010205057474696e67020601021207060102100206010212060601021102060102130a060102190407656c7362657267060601010205060101020e0601022a0404696a6e730c0a0301025a1f04096f6f6c6b6f7374656e010801022d2104080102204e020801022651050801023d10030601021c0a06010250040672696a76656e0c0601021d0906010226040601021c0409756c64656973657273050601027f050601022908016e010601020f010601020e010601020f010601020e0106010210010601020e010601020f0106010212010601020c0106010210010601020e010601020e0106010216010601020e010601020f010601020e010601020d010601020f010601020f01060102140106010210010801021725010601020d01060102130106010210010601020f01060102140108010211630106010215070468756c700506010235060601022c0b087665726c656e6572050601027a1103696e67050601023a060801021e1510080102811c020668757277696e0f1002010207130e0f2802036a6566150a020102091a02056c616170740206010220190601024f0304656368740206010221190601025003037569740106010222040801022a3e010601023402060102280406010263010601024b020a01023a06260a0801024106020601027f01080102373702056d656574731d080301024402126f6c6c69636974617469656765737072656b04060102531306010224050601024402047461617407080102402d0206010208040601022701060102080106010208060601022e0306010269050601024f04046269656c190801028105060b6c697361746965666173650b0601021f10080102811d040370656c0a0601020d050601020c0d0601020e04047274656e0506010251140801026c15020601026704037469611b0a0301020720030769636874696e6701080102322104080102254e020801022b5105080102421003060102210a060102550305756b6b656e010601025804060102560206010258020601023202060102250406010228050601022a0606010223020801025c250403757274010601025504060102530206010255020601022f020601022204060102250506010227060601022002080102592501087461616c687569730c06010222090601022b040601022105036c6573120601021f05077472616a6563740c0601021f0906010228040601021e0201620b060101050201650d0601020d090601020d0206010242050601020d0302616d0506010239060801021d1510080102811b03096c65666f6e69736368070601022202060102030306010224010601027001060102030108010203530206010215070601024d01080102124d0206010247010801022b450c0165020601023c07026f6e010801022c0f020601023c020801021f280406010228010601022602060102160306010274080801022313040a0102810812030972756762656c6c656e0108010224200206010223010601024c040601022a0406010253010601024d020801025030030601022001060102430306010230020801022427010601026d020801028110010801022714010601023a06056b6f6d656e040601026808077070656c696e670a0601021a020468696a730c120201021811070a1522030375697308060102080c060102090406010208030601020802086f65736c6167656e1106010219050774656d6d696e6701060102070106010208010601023e02060102070206010207040601020701060102080406010208020601020703060102070506010208020601020803026c6b020601023d021072616a656374626567656c656964657218080102314602017614060101050203776565050601023f0206010220050801023253060601021a050801022e12020601025b0108010233130108756974676176656e130601022c080801023e3804066b6572696e670e0601022e01060102780d06010221010601024804036c656708060102090c0601020a04060102090306010209010276611d06010105030a6172646967686564656e1806010261030763617475726573170601024b03016e010a0102081a21010601022d010601023f0106010237010a010208451b020c0102083617180106010226020803010228010601020801080102611e01080102232802080102382703060102080206010235010a0301020818010601022d0106010236010801023246010c01023011291502080102810b01080102353701080102280f0303737465030601023402016319060101050206010105020665726b656e641a080102173a04056c656e67640a0601022104066d65756c656e1c060102630406737475757264050601023b0606010232040c766f6c67616673707261616b070801023f2d0606010226080601022d0306010268050601024e020269610108010231210106010205010601023002080102244e020801022a51050c010205261a10030601022001060102050706010215010630090f1e0d14380d810370201d0c1c1842092d0b0a2c0d1a2c0d3f193919810e130d77351615192014150d440e1015211e08170c080a110a19150e0e120e130a1408080a4316151225180d2d17158116100f16120c11103c0d232f0c1814160c2b3533190a180817154508365b0c0e11190f450918082b151c1909110e81050a0d0e0c0d1228');
INSERT INTO case_fts_data VALUES(412316860420,X'000705070102661906010254010601020502080102054f0330766a120601010502036f65740e06010231010601027b0d06010224010601024b03066c67656e6465050a01022c12150106010236010601021d050801022f53030801024026080801022b12020c01024713141501080102301301080102810103026f72010801022e21010801020938020601021b01080102214e020801022751020601020a030c010209371021020601020a010a01020a153201080102091408060102210106010251010a0102092413020601020905066265726569640406010259130601022a050601024a050767657374656c64040601022d05056c6f7069670a0601021105060102100d06010212050375697418080102364603047269676504060102381006010236030601023706060102360109776163687474696a6418060102460301741a0801021c3a020365656b060601021f0706010262050601021d0503656e640108010227200206010226010601024f040601022d040601025601060102500208010253300306010223010601024603060102330208010227270106010270020801028113010801022a14010601023d0401741a080102193a030967676562656b6b657206060102090b060102090304696e6967130601023308080102453803036b656e05060102400206010221030601021e0208010233530b0801022f12020601025c01080102341303016c110601022003046e73656e130601020b060601020b01080102143a0302726b0306010222030601022b030601021d0406010276090601024903080102810301080102163a0508616664656c696e67050601024a140801026515050567657665720a0601021b0505706c65696e02060102070a0601020704060102070a06010207020601020705057269746d65180801023446050b766f6f72686565726c656e050601024c0a0601024c090c0102201536120108010267150201681506010105020369656c1a120201021307090a210c03026a6b0606010217070601025a03016c160601023d0606010275040d68656c6d696e617374726161740906010102120601010203077373656c656e64020601021e190601024d0301740b0a0401021a13090a040102084302056f6e696e671806010240070a636f72706f72617469650e06010224030a6f6e7369747561746965180601023d03047264656e03060102360501740a06010220020273700406010249080601022a0b0801021634050601025301027876010601010501057a616b656e0d060102370e0601022c0203656c660208010218110106010204010801020462010601025a0106010204010601027f030601020403060102360406010204050a010224140b010601020401080102392401060102350106010248010801022b31010a01021a352c030a73776567656e6c61616e12060101020c060101020304796e6570060c0201020219110201680906010105020869656c696e736b6116020303026a6e030601020e010601023a010601020f090601020d0606010238010601020f010601021601060102390406010213020601023802046f6461740d060102340e0601022903047267656e010601021a0106010224030601025e0306010220040601025b010601024302060102320a060102390206010253010801022f37050a696e7374656c6c696e670406010256130601022705060102470507746f65736c6167110601021b060672616a6563740606010229030601021b040601027402037569641b0601023b1709193f56170e160b1a100914550915112b081629150c200d2508100e0d1913110c11110b081909115d160e080d3610391b0e17');
INSERT INTO case_fts_data VALUES(549755813889,X'000002d2043031343806070101030104363432320607010104010361616e0607010238020470706a650607010223010662656b656e64060701020f03077370726f6b656e060701022a0202696a060701021103046e6e656e060701022d02076f757a6572646106070102330106646161726e610607010225030a67626573746564696e670607010214020165060901021621020769676974616c65060601023d02046f67616e0609030102130203726965060701021c010365656e06090102220e03037273740607010221020172060701021b010467616174060701021a02056562656c64060701022603046461616e060701020c0302656e060701020d030673747575726406070102240306766f6e64656e060701021801086861616c626161720607010231020365656e06070102200404726c656e06070101060301740607010206020975697362657a6f656b06070102100102696e06090102080f030d6c6f6f7073707265656b7575720607010207030474616b65060701020a020173060701022c01046a616172060701022f01046b6565720607010237020377616d060701020301036d65740607010227040365656e060701020b0201770607010212020178060701010501046e6161720607010205030364696106070102320203696574060701023001096f636874656e64656e060701021d0103706572060701021e010872656665727265640606010239010a736368656c736265726706070101020405756c64656e060701020e02046c75697406070102340103746865060601023b02016f060601023a02077261696e696e67060601023c010c76616172646967686564656e060601023e02076f6c67656e6465060701023601047765656b060701021f030967676562656b6b657206070102090302726b060701022b0203696a6b060701021701047a656c6606070102040304796e6570060d020102021911020a6f72677472616a6563740607010229040a0b0a0b0d0e090b0e0d11090e0c0a0b0a080b0c0b090d0d0f0a0b08100a140b080b0b0a0a0a08080b0a0a100a0f110c0b0a080e130e0b10090a0b0e');
INSERT INTO case_fts_data VALUES(687194767361,X'000002e3043031343806070101030104363432320607010104010361616e0607010238020470706a650607010223010662656b656e64060701020f03077370726f6b656e060701022a0202696a060701021103046e6e656e060701022d02076f757a6572646106070102330106646161726e610607010225030a67626573746564696e670607010214020165060901021621020769676974616c65060901023d0802046f67616e0609030102130203726965060701021c010365656e06090102220e03037273740607010221020172060701021b010467616174060701021a02056562656c64060701022603046461616e060701020c0302656e060701020d030673747575726406070102240306766f6e64656e060701021801086861616c626161720607010231020365656e06070102200404726c656e06070101060301740607010206020975697362657a6f656b06070102100102696e060b0102080f2d030d6c6f6f7073707265656b7575720607010207030474616b65060701020a020173060701022c01046a616172060701022f01046b6565720607010237020377616d060701020301036d65740607010227040365656e060701020b0201770607010212020178060701010501046e6161720607010205030364696106070102320203696574060701023001096f636874656e64656e060701021d0103706572060701021e02056c61636564060601023f010872656665727265640607010239010a736368656c736265726706070101020405756c64656e060701020e02046c75697406070102340103746865060901023b0802016f060701023a02077261696e696e67060901023c08010c76616172646967686564656e060901023e0802076f6c67656e6465060701023601047765656b060701021f030967676562656b6b657206070102090302726b060701022b0203696a6b060701021701047a656c6606070102040304796e6570060d020102021911020a6f72677472616a6563740607010229040a0b0a0b0d0e090b0e0d11090f0c0a0b0a080b0c0b090d0d0f0a0b08100b140b080b0b0a0a0a08080b0a0a100a0c0f110c0b0b080f140e0b10090a0b0e');
INSERT INTO case_fts_data VALUES(824633720833,X'00000476023036070701010402033433320707010105010961616e67656d656c6407070102020606767261616764070b01021c135102076667656c6567640707010270030673707261616b07090102110f020567656e646107090102432d020470706a65070901024618020b7269656e737374726161740707010103010962617369736261616e0709010281030205656b656e64070701021003096c617374696e67656e070701021a04026465070701027e02076f757a657264610707010274020b7575727463656e7472756d070901020d0906047465616d070901028102010763656e7472756d070701023602066f6e7461637407070102230207726f6d626163680709030102170106646161726e610709010248180201650713010204261c16190c13020769676974616c6507080102810f02036f6f7207070102030201720707010102010365656e0709010245180303727374070901024418060165070901028105020876616c75617469650709010281060106676562656c640709010249180302656e070701020e030b6d65656e74656c696a6b6507070102190305737461727407090102810405047575726407090102471803037a696e070b01023e17180103686574071301020c09210d17181b02096f656e7362726f656b070d0101070102350207756973617274730707010205050662657a6f656b070701026f0102696e070f01020b09240f2d030d6c6f6f7073707265656b7575720707010233030b74616b656765737072656b070701020a01096a657567647a6f7267070b010239171801086b696e646572656e070901022951020377616d070701022f030c696a74736368656c64696e67070701021801056c616e67730707010230020765657267656c64070901022c51030c6964696e67676576656e646507090102810901036d6574071901020611111614051505111702066f6e697175650715020102091e0b1f0b0f1e020177070701021601026e6107070102590302617207090102810003036469610707010273010d6f6e646572737465756e696e67070b01023b17180309746272656b656e6465070701025702017007070102310203766572070d01021f1d171805036c6567070b01023717180108706f73697469656607090102810a02017607070101060108726566657272656407080102810b010573616d656e070901021b58020b63686f6f6c6b6f7374656e0709010226510405756c64656e070701020f02047461617407090102402d030769636874696e67070901022b510305756b6b656e070701025804037572740707010255010b74656c65666f6e6973636807070102220202686507080102810d02016f07080102810c0309657374656d6d696e67070701020702077261696e696e6707080102810e02037765650707010220010c76616172646967686564656e07080102811003016e070d010208361718020e6572766f6c67616673707261616b070901023f2d02026961070901022a5102076f6c67656e6465070701021d03026f72070901022751010577656b656e070701022101047a656c66070701027f04080a100f0e0e0d0c12110c10090e130c0e0d0f0e0e0f0a080b0b09100e09120d0c0c10130e0d0d141212100a130c0f14131408090a0a1610080d0c1008100d130c0c0f0c0a120a09100f0a140b160a0e0a0c');
INSERT INTO case_fts_data VALUES(962072674305,X'000008ef043032323421070101040103333561030701010301013603070102120201340307010214030231320307010104040139010701010403023331210701010501033831340307010213020136010701010301026131210b0102810a0a020132210b0102810b0a0202616e01070102232007010222040667656d656c640107010202020701021e060676726161676401090102342104076d656c64696e672107010204020c63687465727374616e64656e210701021102076673707261616b2107010233020567656e6461210701025402096b6572737472616174010701010202046c6c65730307010217030173210901026211020470706a6503070102291e07010225010962617369736261616e211101022b1110151114020a65656c6462656c6c656e21090102551103046b656e6401070102100207010219030c6c61737462616172686569640307010246040264652107010243030472746861010f020102090a390e03077370726f6b656e010701021e200701020d03057461616c6403070102370202696a030901021b061e0b0102134b110207726f7577657273010303020b7564676574626568656572030701022f030a75727463656e7472756d010701020d200701023607086f6e63696572676521090102631106076b616e746f6f72010701024b06047465616d2107010247010763656e7472756d0107010219200701027b02046865636b01090102290f02070102390106646161726e61030701022b1e07010227020165010f0102041a15210a02070102431e1501021f131110080c111703036c656e210701020a020769676974616c65010801025e08020801024b0802036f6f720107010203010365656e03070102281e0b0102243811030372737403070102271e07010223060165210d01022d111036020172030701020d020876616c7561746965210d01022e1110360106676562656c64030701022c1e0701022803046461616e030701020c0302656e010701020e200701021003066d65656e7465210901025e1103057363686174030701021004047072656b0107010246200b01021b3f11040474617274210d01022c111036050475757264030701022a1e0701022603037a696e0107010241060673636f616368010701021f010668616d64616e210b030102152602066565726c656e010d0101060102180207010106030174011101020c0b131c0608020b0102061c071e0f010206161d133302096f656e7362726f656b210d01010701027a030a707065727367726161660307010209020170210701010602077569736172747301070102050207010244050662657a6f656b030701021a1e070102120102696e010f01020b0e150f2c020b01020834161e0d010234202916030567657a65742107010218030d6c6f6f7073707265656b757572010701021602070102071e07010278030474616b65030701020a1e0701020207076765737072656b010701020a020173030701021801096a657567647a6f726701090102211d020178030701010501036b616e210901026011020365657221070102210207696e646572656e010b01021d152102046f72746501090102280f0207010238020a72656469657462616e6b0307010231020675727665727303090301021d020377616d010701021202070102031e0701027401056c616e67730107010213200701027503047374656e0307010235020765657267656c64010901023321030c6964696e67676576656e6465210d010231111036020469656b65030d020102022e1403056d62757267030701023202046f6f70740307010233010f6d616174736368617070656c696a6b030701022102026574010b010206370e020b01022d12071e1701020b20080a09100c111d040365656e030701020b020267722107010102020e7573736368656d696765727765670307010102020177030701021c1e090102142601026e61010b010225201802070102241e070102030302617203070102051e0701024503086765767261616764210701020f0209656465726c616e6473210b010281090a0203696574030701021602026f670307010215030a6c656e73737472616174210701010301026f6d010701021b020c6e646572737465756e696e67010701023e0309746272656b656e6465010701025702017001090102143702070102111e070102760203766572010701023d02070102451e090102591105036c6567010701023a02070102410108706172746e657273210701020c02026572010901022b0f020701023b02056c616365640106010260020601024d1e080102810c02076f736974696566210d010232111036010572616e696121150201022a1a170a090a07020765666572726564010601025a02060102471e0901028104010573616e6e65210701021c020b63686f6f6c6b6f7374656e010901022d210405756c64656e010701020f020701020f1e0701020e02046c7569740107010222200701021e020474616174210701025104047274656e210901026111030769636874696e670109010232210305756b6b656e010701025804037572740107010255010a7461616c637572737573210b010281080a020b656c65666f6e6973636865210701021607026f6e010901022c0f020701023c030972756762656c6c656e010901022420020701022302026865010801025c080208010249081e0b010281060a02016f010601025b02060102481e09010281050309657374656d6d696e670107010207020701023e1e0701020803026c6b210701021702077261696e696e67010801025d08020801024a081e0b010281070a010c76616172646967686564656e010801025f08020801024c0803016e010b0102081a21020701023f03037374650307010234020865726d65756c656e210701021d040c766f6c67616673707261616b21070102500202696101090102312102070102301e0701020502076f6c67656e6465210701022003026f72010901022e2120090102091201077765656b656e6401090102272002070102260302726b03070102220505706c65696e210701020702056f7264656e030701023601027876010701010501047a656c6603070102041e070102440203696a6e030701020e02056f7267656e010701021a040a0a08080908090a080b0a0e120e0e130e0c100b091015121013090f130c110c1216100e0b1311121d0a150a110f0b0812120b0e0e0c120e100a0d0f151d13110813121c0c1e100e0811080b0a1011110e14110b0f160e0c0b161f0a09150e150e0f120a091109131013150f0f0f171113190c1316100b0c0f0c0a13120f1617131a091c1a0f0a0f13140e1014090c0c09100a');
INSERT INTO case_fts_data VALUES(1099511627777,X'00000488023036070701010402033433320707010105010961616e67656d656c6407070102020606767261616764070b01021c135102076667656c6567640707010270030673707261616b07090102110f020567656e646107090102432d020470706a65070901024618020b7269656e737374726161740707010103010962617369736261616e0709010281030205656b656e64070701021003096c617374696e67656e070701021a04026465070701027e02076f757a657264610707010274020b7575727463656e7472756d070901020d0906047465616d070901028102010763656e7472756d070701023602066f6e7461637407070102230207726f6d626163680709030102170106646161726e610709010248180201650713010204261c16190c13020769676974616c65070b0102810f0802036f6f7207070102030201720707010102010365656e0709010245180303727374070901024418060165070901028105020876616c75617469650709010281060106676562656c640709010249180302656e070701020e030b6d65656e74656c696a6b6507070102190305737461727407090102810405047575726407090102471803037a696e070b01023e17180103686574071301020c09210d17181b02096f656e7362726f656b070d0101070102350207756973617274730707010205050662657a6f656b070701026f0102696e071101020b09240f2d28030d6c6f6f7073707265656b7575720707010233030b74616b656765737072656b070701020a01096a657567647a6f7267070b010239171801086b696e646572656e070901022951020377616d070701022f030c696a74736368656c64696e67070701021801056c616e67730707010230020765657267656c64070901022c51030c6964696e67676576656e646507090102810901036d6574071901020611111614051505111702066f6e697175650715020102091e0b1f0b0f1e020177070701021601026e6107070102590302617207090102810003036469610707010273010d6f6e646572737465756e696e67070b01023b17180309746272656b656e6465070701025702017007070102310203766572070d01021f1d171805036c6567070b01023717180106706c6163656407080102811102076f73697469656607090102810a02017607070101060108726566657272656407090102810b010573616d656e070901021b58020b63686f6f6c6b6f7374656e0709010226510405756c64656e070701020f02047461617407090102402d030769636874696e67070901022b510305756b6b656e070701025804037572740707010255010b74656c65666f6e69736368070701022202026865070b0102810d0802016f07090102810c0309657374656d6d696e67070701020702077261696e696e67070b0102810e0802037765650707010220010c76616172646967686564656e070b010281100803016e070d010208361718020e6572766f6c67616673707261616b070901023f2d02026961070901022a5102076f6c67656e6465070701021d03026f72070901022751010577656b656e070701022101047a656c66070701027f04080a100f0e0e0d0c12110c10090e130c0e0d0f0e0e100a080b0b09100e09120d0c0c10130e0d0e141212100a130c0f14131408090a0a1610080d0c0e0f08100d130c0c0f0c0a120b0910100a150b160a0e0a0c');
INSERT INTO case_fts_data VALUES(1236950581249,X'000002a5043030363909070102120102323709090102110401023436090701010301043634333309070101040108616673707261616b090b0102141705010962657370726f6b656e090901020e100205696e6e656e090701021f020b7575727463656e7472756d09070102170105636865636b09070102250106646161726e6109070102050201650907010230020268720907010219020769676974616c650906010238010365656e0907010220010767656d61616b74090701022d0403697374090701022a03057374617274090701020401086861616c62616172090701022303046d65727309090301021a02026574090701021602096f656e7362726f656b0907010106020975697362657a6f656b09070102060102696e090901021513030474616b650907010202020173090701021e01046a616172090701022101056b6f727465090701022401036d65740907010218040365656e090701020d01026e61090701023303026172090701020f020369657409070102220403757765090701022b010d6f6e646572737465756e696e67090701020b0309746272656b656e64650907010231020370656e09070102090103706572090701022701087265666572726564090601023402026f62090b02010207290109736368617474696e6709070102100405756c64656e090701020c02047461617409070102080305756b6b656e09070102320403757274090701022f010b74656c65666f6e69736368090701020307026f6e090701022802026865090601023602016f090601023502077261696e696e670906010237010c76616172646967686564656e090601023902036f6f72090701020a01047765726b090701021d020f696c68656c6d696e61737472616174090701010201027a680907010105020a6f72677472616a656374090701021b040a0a090b11110c120c0d08090e0a0e0a0c0f0c0910100a0b080b0c0a0a09090a0a14100a0a0f0b100c0b0c0a120909080e130a0b1609');
INSERT INTO case_fts_data VALUES(1374389534721,X'000002b6043030363909070102120102323709090102110401023436090701010301043634333309070101040108616673707261616b090b0102141705010962657370726f6b656e090901020e100205696e6e656e090701021f020b7575727463656e7472756d09070102170105636865636b09070102250106646161726e6109070102050201650907010230020268720907010219020769676974616c65090901023808010365656e0907010220010767656d61616b74090701022d0403697374090701022a03057374617274090701020401086861616c62616172090701022303046d65727309090301021a02026574090701021602096f656e7362726f656b0907010106020975697362657a6f656b09070102060102696e090b0102151317030474616b650907010202020173090701021e01046a616172090701022101056b6f727465090701022401036d65740907010218040365656e090701020d01026e61090701023303026172090701020f020369657409070102220403757765090701022b010d6f6e646572737465756e696e67090701020b0309746272656b656e64650907010231020370656e09070102090103706572090701022702056c61636564090601023a01087265666572726564090701023402026f62090b02010207290109736368617474696e6709070102100405756c64656e090701020c02047461617409070102080305756b6b656e09070102320403757274090701022f010b74656c65666f6e69736368090701020307026f6e09070102280202686509090102360802016f090701023502077261696e696e67090901023708010c76616172646967686564656e09090102390802036f6f72090701020a01047765726b090701021d020f696c68656c6d696e61737472616174090701010201027a680907010105020a6f72677472616a656374090701021b040a0a090b11110c120c0d08090f0a0e0a0c0f0c0910100b0b080b0c0a0a09090a0a14100a0a0c0f0b100c0b0c0a12090a080f140a0b1609');
INSERT INTO case_fts_data VALUES(1511828488193,X'000004790530363432310d070101040101370d07010103010361616e0d0701024c040867657672616167640d0701023302076667656c6567640d0701021905077370726f6b656e0d0701020a020567656e64610d0701022a010b6265656c6462656c6c656e0d0701026803046b656e640d0701021703077370726f6b656e0d0b010247280a0205696e6e656e0d0701027802056f757a69640d0303020672656e67656e0d0701020e020b757572746b616e746f6f720d0b01023014160107636f6e746163740d07010271010c646167626573746564696e670d07010257030975747a656e626572670d09010209160201650d110102100518120e160204696769640d0701023102037269650d0701025f010365656e0d090102651603037273740d0701020b0601650d0701020202016e0d07010212030a6572676965636f6163680d0701026e080872656b656e696e670d0701026c0201720d0701025e020876616c756572656e0d070102670104676161740d0701025d020365656e0d0701021503066d65656e74650d0701023a0305737072656b0d0d0102032a14160306766f6e64656e0d0701025b03037a696e0d07010225060673636f6163680d0701024801086861616c626161720d0701027c020365656e0d070102630404726c656e0d07010106030d6b73656e6265726765727765670d070101020301740d0f0102240d14100802036f67650d0701026b0201700d07010105020975697362657a6f656b0d070102180102696e0d0b01020f1b32030a6765736368616b656c640d0701026f0201730d0701027701046a6161720d0701027a0208657567647a6f72670d090102202c01036b616e0d0701023b0207696e646572656e0d0701024601056d61616e640d07010266020265740d190102040516060f0e0816190b02066f6e697175650d090102081601026e610d0701024e0303696d610d17020102052a0a0c160b100b02036965740d0701027b01096f636874656e64656e0d0701026002016d0d07010244020c6e646572737465756e696e670d070102220201700d0b01022e141602037665720d090102214505036c65670d0701021e01037065720d0701026102036f73740d07010211010872656665727265640d0601027d030567656c656e0d0701023c03086b656e696e67656e0d0701021402037573740d0701020c010573616d656e0d0b010206161a02076368756c64656e0d0701021602046c7569740d0701024b02136f6c6c6963697461746965747261696e696e670d08010281010204746161740d07010227010274650d0701020d03096c65666f6e697363680d07010270030972756762656c6c656e0d0701024d020268650d0601027f02016f0d0601027e02077261696e696e670d0801028100010376616e0d0901022328020e6572766f6c67616673707261616b0d0701022601047765656b0d070102620503656e640d070102500302726b0d070102760203696a6b0d0701025a01057a616b656e0d070102370203656c660d0701023602046f6461740d0701023403047267656e0d0701024305077472616a6563740d07010274040b080a0f0e0e0c120b100c0a0d140e13110d0b0a0b0a0808110f080f0b0a0d0f0d0a0d0f0a0b140c0a08100b11080b100a0e0c120e09120a1008130a0b0a0a0a0f0c0f0a0e0e0b1b0b09101009080f0b150b0a090a0c0a0b0b');
INSERT INTO case_fts_data VALUES(1649267441665,X'00000264033031310b07010103010233340b070102150101350b070102130104363431330b0701010401033833340b07010214010961616e67656d656c640b0701020204076d656c64696e670b0701022e010962657370726f6b656e0b070102100202696a0b0b0102171309020b7575727463656e7472756d0b0701020d010264650b0f03010204170c0902036f6f720b07010203050a76657277696a7a696e670b0701022d020a7269656765737072656b0b0701021b010466696e790b0b020102091a0107676573746172740b070102200107686565726c656e0b070101060301740b0701020c0207756973617274730b07010205050662657a6f656b0b09010216130102696e0b0701020b030b74616b656765737072656b0b0701020a01036d65740b0901020618040365656e0b0701020f0201770b090102181301026e610b07010226030261720b07010211010b6f6e746272656b656e64650b07010224010872656665727265640b060102330109736368617474696e670b070102120407656c73626572670b070101020405756c64656e0b0701020e070468756c700b0701022c0b097665726c656e696e670b0901021e1502136f6c6c6963697461746965747261696e696e670b06010237020f746162696c697361746965666173650b0701021f0305756b6b656e0b0701022504037572740b07010222010274620b07010105020365616d0b0901021d15020268650b0601023502016f0b060102340309657374656d6d696e670b0701020702077261696e696e670b06010236010376616e0b07010208020865727374757572640b0701023201037769740b0b0401021a13040909080b0a100e100b120d0a11110d0e0e080e0e09120b0a090909120f100e0c0b111a160c0a090b0908100e0a0f');
INSERT INTO case_fts_data VALUES(1786706395137,X'0000029d04303130350a070101030201380a07010214010232360a0701021601033532320a070102150104363431320a07010104010b6265656c6462656c6c656e0a070102170105636865636b0a0701022302076f6d706c6565740a0701022d03066e74726163740a0701021f01036465720a030401066565727374650a0701021d010667656461616e0a0701020c03056d61616b740a0701022a030573636861740a0701021202046f6564650a0701021c0107686565726c656e0a070101060301740a070102060102696e0a090102081e030d6c6f6f7073707265656b7575720a07010207030474616b650a0701020a01056b6f7274650a07010222020377616d0a0701020301046d6565720a030504087a656e62726f656b0a070102090301740a07010218040365656e0a0701020b0201680a0701010501046e6161720a0701020502036965740a0701022c02026f670a0701022b010a6f6e67656f70656e64650a0701020e0201700a0701021302087665727a696368740a0701022701037065720a07010225020569657465720a0b020102021902036f73740a0701020f010872656665727265640a0601022e010f7363686165736265726765727765670a070101020409756c646569736572730a0701022908016e0a0701021002136f6c6c6963697461746965747261696e696e670a060102320205746170656c0a0701020d010874656c65666f6f6e0a07010226030c7275676b6f7070656c696e670a0701021a020268650a0601023002016f0a0601022f02077261696e696e670a06010231010376616e0a0903010228020765726c656e67640a0701022102086f6f726c6f7069670a07010211010577656b656e0a0701021e0307726b67657665720a0701021b02046f7264740a0701022001047a656c660a07010204040a08090a0b120c0e0d080d0d0c0c0b0e080a140b0c0a090f080a080b0a0911080f0a0e0a0f1610081a0c0f1309080e0b0e0f0c0e0b');
INSERT INTO case_fts_data VALUES(2336462209025,X'00000ef4043030393511070102130101311107010212140601021402013728060102160201392507010103010232311107010103020232342107010104020133280601010303013826060101030201361107010214020238610c0701010401013326060102130201392506010216010234312706010103010235322606010215020235322506010215010336323428060102170203343132270601010404013411070101040401352507010104030601010403023331210701010504013226060101050401330c0701010501023735280601021801033933322606010214010261310c0a0102810b0a05080102270a10080102810a0201320c0a0102810c0a05080102280a10080102810b0202616e0c070102641507010222050601027b040667656d656c64260601020206067672616167640c0901024410050701021e140601023a010601026104066d616e696e672608010281020506656c64696e670c090102041c15070102040606010204040576726161670c07010268020c63687465727374616e64656e0c0701021115070102110606010211020966736c756974656e64280601022d0405707261616b0c090102305315070102330506010216020567656e64612107010254050601023c010601022602026c73210901026211020470706a652107010225050601024a0106010214020b7269656e737374726161740c07010103010162260601010402026173110b0201020218040669736261616e211101022b1110151114060601021a020a65656c6462656c6c656e0c07010265150901025511040601024403080102190b03096c617374696e67656e260601025f04026465210701024304080102184703077370726f6b656e0c0d01020d180a36050701020f100701020d040a0102110f47010801021037010601020d0202696a0c0b0102203a1f150b0102134b11040601024e010c01021e3a061a04057374616e640c0701026a04077a6f6e646572650c0701026902046c65656b110701021c0304696a6674250601022f010601023502016e280601010502076f756b68617269280203020b7575727463656e7472756d2107010236050801020d0e07086f6e63696572676521090102631106076b616e746f6f720c0701024a19080102073201080102422b020601020706047465616d2107010247040801021c47010763656e7472756d210701027b050601022c02046865636b0c070102131a0601027d02036a696226080102810502056f656e656e27020303056e746163740c07010225050701021614060102240106646161726e612107010227050601024c010601021603047373656e1103030201650c0b01023f1012151501021f131110080c1117040c010240181008010a010204393f010801021f0803036c656e0c0701020a150701020a060601020a020268720c090102591f1a0801021b42020469676964250601023802036f6f722606010203050767656e6f6d656e2608010281070305737369657228060102350201720c07010102030969656765737072656b2506010247030801021c0b010365656e0c0901026c07150b0102243811040601022b010e01021f141a0c1e0106010213010601023204087a61616d68656964250601021d0303727374210701022305060102480106010212060165210d01022d111036060601021c02016e0c0701021c190801020a20010601022e020601020a030a6572676965636f6163682606010246080872656b656e696e672606010244030974686f7573696173740c0701022e020172250601022e0106010234020173250904010251020876616c7561746965210d01022e111036060601021d06046572656e0c07010273010467616174280601022b0201652507010105030462656c642107010228050601024d010601021704057261636874250601020e030601020e03046461616e110701020c0302656e0c070102101507010210060601021003066d65656e7465210901025e11040601024109056c696a6b65260601025e03057363686174280601021404056c6f74656e280601023604047072656b0c07010245150b01021b3f110406010232010801023d2b020601022e06046f6b656e0c07010219040474617274210d01022c111036040601024c020601021b0108010221150504757572642107010226050601024b0106010215030774726f6666656e2506010254030677616e64656e0c0701023c03037a6574250601022d01060102330402696e0c0701027f060673636f6163680c0701026002016a0c07010106010668616d64616e210b030102152602066565726c656e11070101061407010106020601010601060101060301740c110102061d19130e2b0507010206100f010206161d1333040e010206171d2608011201020c0e121b25081c0106010206010601020602096f656e7362726f656b0c07010107150d01010701027a050c01010701022b03026765260601024302017021070101060207756973617274732606010205050662657a6f656b0c090102571f1507010212040601024d01060102590506686f7564656e25060102080306010208030d75726163687465727374616e6425060102520102696e0c0b0102142856050901020824100b0102342029040801020c16011001020b0e0c0b12460106010224010601020c030767656469656e640c0701026f0508736368616b656c64260601024705037a6574210701021803056b6f6d656e2506010209030601020906047374656e2506010227010601022d030d6c6f6f7073707265656b7575720c07010239050701020710070102780506010229030474616b650c07010202050701020a1007010202060601020207076765737072656b2506010202010601020a02060102020201730c0701022d190801026608030601023001096a657567647a6f72670c090102621a01056b61617274250601020d030601020d03016e210901026011040601024202036565722107010221050601027a0207696e646572656e0c0b010240101202046c65696e250601026802076f656c6b6173740c0701026e030b666669656f636874656e64250601021f03037274650c070102121a0601027c020a72656469657462616e6b26080102571e020377616d0c07010235050701020310070102740506010225030c696a74736368656c64696e67260601025d01046c616e67250601026d0501730c0701023615070102750506010226020765657267656c640c0901024310030c6964696e67676576656e6465210d010231111036060601022003037a656e0c0701021b0206696d6275726726080102581e020375756b260601027501056d61616e640c07010272040172250601026903037269610c0701023b020f65657a656e62726f656b657277656728060101020301740c1101020b0e112222150507010217101701020b20080a09100c111d041201020324100e08050f010e0102061626121b010a01020b0f080110010203190508050d040365656e110901020b051406010210010601020f0202677221070101020209696e6e656c696a6b6526080102541e02066f6e69717565270802010219020e7573736368656d69676572776567270601010204057461706861280e02010204190b0d020177210901021426040601024f020178110701010501026e610c090102035315070102030406010259010601026301060102030302617211090102050d1007010245040a0102120a470106010211030767656c6f70656e110701021a05067672616167640c0701020f150701020f060601020f0209656465726c616e64730c0a0102810a0a05080102260a1008010281090203696574110701021d04037577650c0701026d1a0801028101020b6f6c656e737374726161742107010103020175110701021f01026f6d0c0701025c020c6e646572737465756e696e670c0701027c030867656f70656e646528060102100201700c09010237131507010276040a010205270d010c0102270b122b02080102051203076c656964696e67280601023302037665720c0f01021a19410d091509010259110406010231010601023705036c65670c07010278010e70616c656d69676572626f6f726425070101020306726b7374616426060102220405746e6572730c0701020c150701020c060601020c0308737361727477656711070101020205656c7a657226060102760301720c070102151a0601027f02056c616365640c080102810d050601022902076f736974696566210d01023211103606060102210401742806010211020d726f6566706c61617473696e670c07010228010572616e696121150201022a1a170a090a070207656665727265640c08010281050506010221100801028104030567656c656e25060102430603696e67250601025302016827060101050202696a250601022c010601023202036f656c2610020102091d1d121b03026d792515020102041511100a0c18010573616d656e250601023901080102602803036e6e65210701021c02086368617474696e671107010211140601021301060102120404696a6e730c0b0301025a1f1a0a0301021c4204096f6f6c6b6f7374656e0c0901023d10040672696a76656e0c0701021d0405756c64656e0c0701020e050701020d100701020e040601020f010601020e010601020e0106010212070d68756c707665726c656e696e67250601024a030601021f0708726567656c696e6726080102551e02046c7569740c07010263150701021e050601027702126f6c6c69636974617469656765737072656b260601021d020474616174210701025105060102390106010223040d62696c69736174696566617365250601024b0306010220040370656c280601020f04047274656e210901026111030769636874696e670c09010242100305756b6b656e26080102501e010a7461616c6375727375730c0a010281090a05080102250a1008010281080504687569730c0701022205077472616a6563740c0701021f02016525060102670302616d2506010249030601021e03096c65666f6e697363680c07010224050701021514060102230c0165210701021607026f6e0c070102161a0801028100030972756762656c6c656e0c0701025319060102580106010262020268650c0a010281070a05080102230a1008010281060303696a730c130201021811070a152202016f0c08010281060506010222100801028105030765736c6167656e1107010219050774656d6d696e670c07010208150701020805060102040a0d080809090808080908080909090a0a080d090808090a1716130d1d0e180c1d1017160a1512080b1722100f2d1f0c0e0b10080c18101f1113100b0a1617092b14100b0a0f0c08162a0f141018110f100d09170b0b0815110b13130c0c0c220b1e150e0d0f090d080f1c392009080e1d1214320e0f0a1110231a181311110e0f100b0e120f1219130b120f1b0a0e0a0c080a16441509110e15100e081e1b0e171e0a10120809130f230e1e0a150d160f0c0d12160814131a0c0a080e0f10120a1914110d2a1910151915190a0c0f0d1f0b0e080e1a080f1a1710140e');
INSERT INTO case_fts_data VALUES(2336462209026,X'000502910727060102080530746f6c6b210701021702077261696e696e670c0a010281080a05080102240a100801028107040e6a656374626567656c6569646572280601022702037765650c09010232530108756974676176656e2506010229010601022f010376616e0c090102611e19090301025001080102087d0206010228020865726d65756c656e210701021d040c766f6c67616673707261616b21070102500506010238010601022204067a616d656c6426080102511e020269610c0d010205261a101507010205060601020502076f6c67656e64650c0901022f531507010220050601027903026f720c0d01020937102115090102091205080102521e010601020905066265726569642606010223050767657374656c64250601022205056c6f70696728060102130503756974280601022c0109776163687474696a64250601026b020665656b656e640c07010256190601025b0106010265030967676562656b6b657211070102090304696e69672506010230010601023603036b656e0c090102335303016c110701022003046e73656e250601020b030601020b0307726b706c65696e0c070102071507010207060601020705057269746d65280601022a050b766f6f72686565726c656e2806010229020f696c68656c6d696e61737472616174260601010202056f6e696e672506010265070a636f72706f72617469652506010257030a6f6e73697475617469652506010262020273700c0701022a01057a616b656e250601023e0203656c6611070102041007010244040a0102192623030673776567656e250601022102016e260601010602046f646174250601023b03047267656e0c0701025b050a696e7374656c6c696e6726060102200507746f65736c6167110701021b0a0b1c150b141c0f1d0e16191d0d0e0c0a101710100b0810180c12160c1111090c160d080b0b11');
INSERT INTO case_fts_data VALUES(2473901162497,X'00000ee904303035301e060102140102313320060102110201391f060101030606010103010332323421060101040201331e060102130301351e0701010302013822060101030201391e0601021501023630240601010302033431321e07010104010601010404013420060101040401352506010104030232322306010104030233312106010105030601010404013222060101040102373323060101030201382006010103020139200601021301033836392006010212010361616e1e06010236010601025901060102510106010222030601026a040867657672616167641f0801021a1c04076d656c64696e671e060102040306010204040370616b220601021104057672616167200601021a020c63687465727374616e64656e210601021102076667656c6567641f06010220040601023b0308736c756974656e641e06010232020601024d04060102660405707261616b1f0a01022505140206010233020e0102100b051b0501100102220505061228020567656e64611f06010239020601025402046c6c65731e06010218030173210801026211020470706a652106010225020601022f0203797365240e020102041f2c1f010962617369736261616e211001022b1110151114020a65656c6462656c6c656e1e0601021b020601023f010801025511030601021f0408727364616c776567230601010203046b656e641e0601021a01060102110306010214010601020f0106010211030c6c61737462616172686569641f060102540705696e67656e1f080102181c040264651e06010228020801021510010601024303077370726f6b656e1e0801020d240106010243010801020e2f010601020d03060102560202696a1f060102130106010229010a0102134b11010601020501060102410106010252040767657765726b74240601024504057374616e64200601021c04077a6f6e64657265200601021b02056c696a6674200601024a020b7575727463656e7472756d1e06010223010601023d02060102360206010213010801022f1207086f6e636965726765210801026311060468756973230601022706076b616e746f6f721f080102072a050601020706047465616d1e0601022c010601025b0108010219100106010247010601020d01076361736361646522060102100206656e7472756d210601027b02046865636b1f060102470106010234040601021302066f6e74616374230601021f050472616374240601021c020575727375731e0601021e0201762406010243010464616172230601022a05026e61200601020501060102270206010231030975747a656e626572671f060102240201651f0a0102381b0e021401021f131110080c1117010601020f020c01023a150c0803036c656e1e0601020a030601020a030172230804010217020268721f080102142d0306010206020769676974616c651e0601021f02036f65742306010223030573736965721e0601023f0106010260010601025a0406010273010365656e200c01021e0e0818010a0102243811020801022e1603037273742106010223020601022d060165210c01022d111036030601021a02016e1e06010239010601020a01080102431302080102030d0106010228010a01020a3e29030a6572676965636f6163681e060102300106010244080872656b656e696e671e0601022e0106010242030974686f757369617374200601023e0201721e0601020e0206010249020173250204020876616c7561746965210c01022e11103606046572656e200601023201066672696a6e731e0303010267652506010105030462656c6421060102280206010232040572616368741f0601020e050601020e03046461616e230601020c0302656e1e0601023b010601020f010601025601060102100106010212010601020d010801020f620305676576656e220601020a03056d61616b741f06010229040801021d1e0106010226040565656e7465210801025e1109056c696a6b651f080102171c04036973741f06010226040801021a1e0106010223030573636861741e0601021104056c6f74656e1e060102400106010261010601025b040601027404047072656b1e06010233010601022a010601024e010a01021b3f1103060102670404746172741e060102240206010204010c01022c11103605047575726421060102260206010230010601024a03037a6574200601024802016d220601010502046f6564652406010219010668616d64616e210a03010215260204656566741e0601023a02060102550306010229010601026e0404726c656e1e0701010601060101060106010106030601010602060101060301741e0c0102061e0b0e010e01020619131020010a010218102e010e010206161d1333010601020c010a0102060e16010c0102062a122f02096f656e7362726f656b210c01010701027a01060101060206010106030267651e0601022d010601024102017021060101060207756973617274731f06010252050662657a6f656b1f080102120f01060102060106010212020601023a01060102510506686f7564656e1f0601020805060102080308736b656e737765671f060101020102696e1e06010221010e01020c2d060f16010801022c0b010a0102342029020e0102080b16091a010e01020c0a1b0e06030767656469656e6420060102210508736368616b656c641e06010231010601024505037a6574210601021803056b6f6d656e1f06010209050601020906047374656e2006010242030d6c6f6f7073707265656b75757221060102780206010207030474616b651e06010202020601020201060102020106010204010601020a07076765737072656b1f0601020205060102020201731e080102191e0106010256010801023d15040a010259080c01056b616172741f0601020d050601020d03016e21080102601102036565722106010221030a6e6e69736d616b696e67220601020202046c65696e240601025b02076f656c6b617374200601022003037274651f06010246010601023304060102120206757276657273220803010207020377616d21060102740206010203030c696a74736368656c64696e671f080102161c01046c616e6724060102600501732106010275020d656964696e67676576656e6465210c010231111036020469656b651e0d0201021d0c0f02086f6769737469656b240601023b03016f200204020375756b230601023e01056d61616e642006010231040172240601025c0311726961676577616e64656e737472616174240601010202036565721e0601023d020601025803080501021801060102710301741e0801020b130110010203210b150f070106010240011601020b20080a09100c111d020c0102140e150c010e0102031f12060e040365656e200601020d030601020b020267722106010102020469656b65230e0201020221031402016a240601010502066f6e697175651f060102230201772108010214260206010215010a010231121401026e611e06010203010601021c02060102030306010250030261721e0601022a020a01020f0a1001060102450206010205010601024703086765767261616764210601020f02036965741e0601021704037577651f0801022739010601021f030801021b1e010601022402046f6469671e0601023e020601025904060102720301671e06010216030a6c656e737374726161742106010103030275641f0e020102042a24090201762006010105010d6f6e646572737465756e696e671e0601023c020801020b4e04060102700309746272656b656e6465240601024e0201701e0601021201080102052a0106010245010601027603060102050302656e200601020902037665721f06010253010801022f1f010801025911010601020b020a010229102e05066472616368741f0601025805036c65671f0601024f0506010233010e70616c656d69676572626f6f726425060101020306726b73746164200601022d03060102450108010236150405746e6572731e0601020c030601020c0305737361727423060102090205656c7a6572230601023f0301721f060102490106010236040601021502066c657a696572230601022b02076f736974696566210c010232111036020d726f6566706c61617473696e672006010238010872616d616b6572731f0a030102152d03036e696121140201022a1a170a090a070202696a200601024702036f6d792502020201781e07010105010573616d656e1f0a0102190a14040601023c010601024403036e6e65210601021c02086368617474696e6720060102100405756c64656e1e060102100106010210010601020c010601020e0106010213010601020e010601021002036a656622020202046c756974210601021e02126f6c6c69636974617469656765737072656b200601022803060102400204746161741f060102360106010208010601025104047274656e2108010261110303696a6e2012020102070f101c07100305756b6b656e240601024f0403757274240601024c01027465240601025a03096c65666f6e697363682006010203030601021e0c0165210601021607026f6e1f0601024a01060102370406010216030b727363687572656e77656722060101020408756762656c6c656e1f0601021b06096b6f7070656c696e6724060102170204687569732206010208020a6f657374656d6d696e671e06010208010601024c020601020803026c6b21060102170203776565240801022a3c0108756974676176656e200601024404036c65672206010209010c76616172646967686564656e1e06010220030763617475726573240601023803016e1f0601024d0102030308030102160202030207657268756973641f0601025704056c656e6764240601021e04066d65756c656e210601021d040c766f6c67616673707261616b1f060102350206010250020269611e08010205220206010239010601020502076f6c67656e6465210601022003080102273c03026f721e06010209020801020a150108010209120506626572656964200601022e0306010246020b72696568656964657765672006010102040e6a77696c6c69676572737765726b23060102240109776163687474696a64240601025e020665656b656e641f0601021e0304696e6967200601024b03036b656e240a01021b123c03046e73656e1f0601020b050601020b0302726b1e060102380206010253040601026c050567657665722406010218040a090d0a08080808090f0808090e080908080a1e10130a0c13131926110b09100e15210f1f130d1424240e0c0e0c27100b14200e0d150d0b0c080b1310230f090f0e0a1b1a0f10251614100d06120b0b0910110b280c170d0d150c1b2118150a080b0f1a1f381d0e080e22120f310e140a110b191f131b11090a110b0e140e0f140b08170e0f060a0c08181a360f090f080d15181f0f0a1b1508110d081f101d09220d0f1518110c0c120d11141111090808180a0f2a080b1e150c100c0a09150813120f100b1b090b0f0a130e140e0c0d18141415121215100d0b0c1013');
INSERT INTO case_fts_data VALUES(2473901162498,X'000000e00a307765726b706c65696e1e060102070306010207050b766f6f72686565726c656e1e0601022602056f6e696e67240601025803086f6e706c616174731f0601025f0508736974756174696524060102550303726474240601021d02027370200601023a040801023515010278651f060101050201782306010105010879c4b16c64c4b17a240c03010232121401047a656c661e0601022902080102161001060102440206010204030a73776567656e6c61616e1e070101020203696a6e1e0601020f020d6f7267696e7374656c6c696e67200601022b03060102430415120c0f0f0a0f0908121b110a');
CREATE TABLE IF NOT EXISTS 'case_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO case_fts_idx VALUES(1,X'',2);
INSERT INTO case_fts_idx VALUES(2,X'',2);
INSERT INTO case_fts_idx VALUES(3,X'',2);
INSERT INTO case_fts_idx VALUES(3,X'30656e65',4);
INSERT INTO case_fts_idx VALUES(3,X'306d68',6);
INSERT INTO case_fts_idx VALUES(3,X'30766a',8);
INSERT INTO case_fts_idx VALUES(4,X'',2);
INSERT INTO case_fts_idx VALUES(5,X'',2);
INSERT INTO case_fts_idx VALUES(6,X'',2);
INSERT INTO case_fts_idx VALUES(7,X'',2);
INSERT INTO case_fts_idx VALUES(8,X'',2);
INSERT INTO case_fts_idx VALUES(9,X'',2);
INSERT INTO case_fts_idx VALUES(10,X'',2);
INSERT INTO case_fts_idx VALUES(11,X'',2);
INSERT INTO case_fts_idx VALUES(12,X'',2);
INSERT INTO case_fts_idx VALUES(13,X'',2);
INSERT INTO case_fts_idx VALUES(17,X'',2);
INSERT INTO case_fts_idx VALUES(17,X'30746f6c',4);
INSERT INTO case_fts_idx VALUES(18,X'',2);
INSERT INTO case_fts_idx VALUES(18,X'307765726b70',4);
CREATE TABLE IF NOT EXISTS 'case_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2);
INSERT INTO case_fts_content VALUES(1,'Bertha Brouwers','Akerstraat 86, 6419 XV Heerlen','Aangemeld door de huisarts, met toestemming van Bertha. Intakegesprek in het buurtcentrum. Geen schulden bekend. Bertha kwam langs op het inloopspreekuur in Heerlen-Centrum. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Terugbellen na het weekend. Korte check-in per telefoon. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Korte check-in per telefoon. Overleg met Jeugdzorg over ondersteuning van het gezin. Terugbellen na het weekend. Gesprek met Bertha op het buurtkantoor. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Bertha stuurt de ontbrekende stukken na. Referred to the training “Digitale vaardigheden” Placed in the training “Digitale vaardigheden”');
INSERT INTO case_fts_content VALUES(2,'Karolina Król','Corisbergweg 61, 6422 RW Heerlen','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden meteen besproken: naar schatting € 27.158,18. Karolina belde zelf naar het buurtteam. Het gaat wisselend; Karolina slaapt slecht door de zorgen. Karolina belde zelf naar het buurtteam. Nieuwe aanmaning van het CJIB samen doorgenomen. Over een maand evalueren. Gesprek met Karolina op het buurtkantoor. Telefonische tolk ingezet voor het gesprek.');
INSERT INTO case_fts_content VALUES(3,'Lieke Kurvers','Musschemigerweg 35A, 6412 JX Heerlen','Lieke kwam zelf naar het inloopspreekuur in Hoppersgraaf. Intake meteen gedaan. Er zijn schulden, geschat op € 6.814,64; nog niet alles is bekend. Huisbezoek bij mw. Kurvers. Aangemeld bij het maatschappelijk werk. Terugbellen na het weekend. Eerst een appje gestuurd, daarna gebeld met Lieke. Budgetbeheer via Kredietbank Limburg loopt; vaste lasten worden betaald. Korte check-in per telefoon. Met toestemming van Lieke overleg met de huisarts over belastbaarheid. Referred to the training “Digitale vaardigheden” Placed in the training “Digitale vaardigheden”');
INSERT INTO case_fts_content VALUES(4,'Sanne Houben','Eikenderweg 75, 6418 JR Heerlen','Sanne kwam zelf naar het inloopspreekuur in Eikenderveld. Intake meteen gedaan. Geen schulden bekend. Sanne kwam langs op het inloopspreekuur in Eikenderveld. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend. Sanne kwam langs op het inloopspreekuur in Eikenderveld. Eenzaamheid besproken; koffieochtend in Eikenderveld voorgesteld. Eerst een appje gestuurd, daarna gebeld met Sanne. Afspraken van vorige keer zijn nagekomen. Eerst een appje gestuurd, daarna gebeld met Sanne. CV samen bijgewerkt en naar WSP Parkstad gestuurd. Terugbellen na het weekend. Beeldbellen met Sanne. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid. Over een maand evalueren. Laatste gesprek: Sanne redt het nu zelf en mag altijd terugkomen. Dossier gesloten.');
INSERT INTO case_fts_content VALUES(5,'Romy Crombach','Eikenderweg 37 B, 6419 JH Heerlen','Aangemeld door de huisarts, met toestemming van Romy. Intakegesprek in het buurtcentrum. Er zijn schulden, geschat op € 4.298,31; nog niet alles is bekend. Korte check-in per telefoon. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Kemal Aksoy sluit de volgende keer aan. Huisbezoek afgelegd samen met Kemal Aksoy. Schuldhulp doorverwijzing: aanmelding bij team schuldhulpverlening verstuurd. Volgende afspraak over twee weken. Korte check-in per telefoon. Kennismaking op de beschut-werkafdeling van WerkvoorHeerlen; Romy kan volgende maand starten. Romy stuurt de ontbrekende stukken na. Romy belde zelf naar het buurtteam. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Huisbezoek bij mw. Crombach. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Huisbezoek afgelegd samen met Kemal Aksoy. Schuldhulpverlener heeft betalingsregelingen met drie schuldeisers afgesproken. Over een maand evalueren. Referred to the training “Digitale vaardigheden” Placed in the training “Digitale vaardigheden”');
INSERT INTO case_fts_content VALUES(6,'Zeynep Doğan','Schelsberg 148, 6422 MX Heerlen','Zeynep kwam zelf naar het inloopspreekuur in Weggebekker. Intake meteen gedaan. Geen schulden bekend. Huisbezoek bij mw. Doğan. Dagbesteding in de wijk gevonden; Zeynep gaat er drie ochtenden per week heen. Eerst een appje gestuurd, daarna gebeld met Zeynep. Zorgtraject besproken: werk is binnen een jaar niet haalbaar. Nadia Bouzerda sluit de volgende keer aan. Referred to the training “Digitale vaardigheden” Placed in the training “Digitale vaardigheden”');
INSERT INTO case_fts_content VALUES(7,'Monique Crombach','Dr. Ariënsstraat 6, 6432 PV Hoensbroek','Aangemeld door de huisarts, met toestemming van Monique. Intakegesprek in het buurtcentrum. Geen schulden bekend. Afspraak in het buurtcentrum met mw. Crombach. Kwijtschelding gemeentelijke belastingen samen aangevraagd. Volgende afspraak over twee weken. Telefonisch contact met Monique. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Monique kwam langs op het inloopspreekuur in Hoensbroek-Centrum. Overleg met Jeugdzorg over ondersteuning van het gezin. Vervolgafspraak staat in de agenda. Eerst een appje gestuurd, daarna gebeld met Monique. Overleg met Jeugdzorg over ondersteuning van het gezin. Monique stuurt de ontbrekende stukken na. Eerst een appje gestuurd, daarna gebeld met Monique. Overleg met Jeugdzorg over ondersteuning van het gezin. Vervolgafspraak staat in de agenda. Huisbezoek afgelegd samen met Nadia Bouzerda. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Monique belde zelf naar het buurtteam. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Referred to the training “Digitale vaardigheden” Placed in the training “Digitale vaardigheden”');
INSERT INTO case_fts_content VALUES(8,'Naima Benali','Honigmanstraat 71, 6416 JT Heerlen','Kennismaking en intake bij mw. Benali thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Schulden nagevraagd: geen achterstanden. Naima kwam langs op het inloopspreekuur in Op de Nobel. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Terugbellen na het weekend.');
INSERT INTO case_fts_content VALUES(9,'Rob Hamers','Wilhelminastraat 46, 6433 ZH Hoensbroek','Intake telefonisch gestart, daarna huisbezoek. Rob staat open voor ondersteuning. Schulden meteen besproken: naar schatting € 27.069,27. Afspraak in het buurtcentrum met dhr. Hamers. Zorgtraject besproken: werk is binnen een jaar niet haalbaar. Korte check-in per telefoon. Afspraak gemist; nieuwe afspraak gemaakt. Rob stuurt de ontbrekende stukken na. Referred to the training “Digitale vaardigheden” Placed in the training “Digitale vaardigheden”');
INSERT INTO case_fts_content VALUES(10,'Pieter van der Meer','Schaesbergerweg 105, 6412 MH Heerlen','Pieter kwam zelf naar het inloopspreekuur in Meezenbroek. Intake meteen gedaan. Stapel ongeopende post; schulden voorlopig geschat op € 18.522,26. Beeldbellen met Pieter. Terugkoppeling werkgever: goede eerste weken, contract wordt verlengd. Korte check-in per telefoon. Overzicht van schuldeisers gemaakt, nog niet compleet. Referred to the training “Sollicitatietraining”');
INSERT INTO case_fts_content VALUES(11,'Finy de Wit','Schelsberg 11, 6413 TB Heerlen','Aangemeld door de huisarts, met toestemming van Finy. Intakegesprek in het buurtcentrum. Schulden meteen besproken: naar schatting € 5.834,34. Huisbezoek bij mw. De Wit. Driegesprek met team schuldhulpverlening; stabilisatiefase gestart. Finy stuurt de ontbrekende stukken na. Huisbezoek bij mw. De Wit. Schuldhulp doorverwijzing: aanmelding bij team schuldhulpverlening verstuurd. Referred to the training “Sollicitatietraining”');
INSERT INTO case_fts_content VALUES(12,'Thijs Schijns','Dr. Ariënsstraat 28A, 6433 GJ Hoensbroek','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden nagevraagd: geen achterstanden. Korte check-in per telefoon. Met Thijs gesproken over lezen en schrijven; aanmelding taaltraject bij het Taalhuis besproken. Telefonisch contact met Thijs. Proefplaatsing via WSP besproken; Thijs is enthousiast. Volgende afspraak over twee weken. Thijs kwam langs op het inloopspreekuur in Maria Gewanden. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Gesprek met Thijs op het buurtkantoor. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Terugbellen na het weekend. Huisbezoek bij dhr. Schijns. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Beeldbellen met Thijs. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend. Over een maand evalueren. Huisbezoek bij dhr. Schijns. Overleg met Jeugdzorg over ondersteuning van het gezin. Volgende afspraak over twee weken. Referred to the training “Taalcursus Nederlands (A1–A2)” Placed in the training “Taalcursus Nederlands (A1–A2)”');
INSERT INTO case_fts_content VALUES(13,'Naima Bouzid','Heksenbergerweg 7, 6421 HP Heerlen','Eerste gesprek met Naima, samen met Monique Dautzenberg. Afgesproken eerst rust te brengen in de post en de rekeningen. Geen schulden bekend. Huisbezoek afgelegd samen met Monique Dautzenberg. Overleg met Jeugdzorg over ondersteuning van het gezin. Vervolgafspraak staat in de agenda. Gesprek met Naima op het buurtkantoor. DigiD samen aangevraagd, zodat Naima zelf zaken met de gemeente kan regelen. Gesprek met Naima op het buurtkantoor. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Terugbellen na het weekend. Gesprek met Naima op het buurtkantoor. Dagbesteding in de wijk gevonden; Naima gaat er drie ochtenden per week heen. Over een maand evalueren. Beeldbellen met Naima. Hoge energierekening besproken; energiecoach ingeschakeld. Telefonisch contact met Naima. Zorgtraject besproken: werk is binnen een jaar niet haalbaar. Referred to the training “Sollicitatietraining”');
INSERT INTO case_fts_content VALUES(14,'Mohammad Hamdan','Randweg 15, 6432 BG Hoensbroek','Intake telefonisch gestart, daarna huisbezoek. Mohammad staat open voor ondersteuning. Er zijn schulden, geschat op € 9.964,67; nog niet alles is bekend. Huisbezoek afgelegd samen met Nadia Bouzerda. Huurachterstand: regeling getroffen met de woningcorporatie. Huisbezoek afgelegd samen met Nadia Bouzerda. Beslag op de uitkering besproken; beslagvrije voet laten controleren.');
INSERT INTO case_fts_content VALUES(15,'Shurwin Maduro','Gebroek 61, 6431 KE Hoensbroek','Intake telefonisch gestart, daarna huisbezoek. Shurwin staat open voor ondersteuning. Stapel ongeopende post; schulden voorlopig geschat op € 18.119,22. Gesprek met Shurwin op het buurtkantoor. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Shurwin stuurt de ontbrekende stukken na. Eerst een appje gestuurd, daarna gebeld met Shurwin. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Luuk Pelzer sluit de volgende keer aan. Afspraak in het buurtcentrum met dhr. Maduro. Aangemeld bij WerkvoorHeerlen voor een ontwikkeltraject. Terugbellen na het weekend. Telefonisch contact met Shurwin. Overleg met Jeugdzorg over ondersteuning van het gezin. Luuk Pelzer sluit de volgende keer aan. Huisbezoek bij dhr. Maduro. Hoge energierekening besproken; energiecoach ingeschakeld. Korte check-in per telefoon. Beslag op de uitkering besproken; beslagvrije voet laten controleren. Terugbellen na het weekend.');
INSERT INTO case_fts_content VALUES(16,'Romy Houben','Gebroek 208, 6433 EB Hoensbroek','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden nagevraagd: geen achterstanden. Gesprek met Romy op het buurtkantoor. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend.');
INSERT INTO case_fts_content VALUES(17,'Bas Dassen','Passartweg 21, 6414 MX Heerlen','Bas kwam zelf naar het inloopspreekuur in Weggebekker. Intake meteen gedaan. Schulden meteen besproken: naar schatting € 1.095,26. Telefonisch contact met Bas. Toeslagen nagelopen: zorgtoeslag bleek niet aangevraagd, nu wel. Referred to the training “Taalcursus Nederlands (A1–A2)” Placed in the training “Taalcursus Nederlands (A1–A2)”');
INSERT INTO case_fts_content VALUES(18,'Dima Hamdan','Zeswegenlaan 181, 6415 VJ Heerlen','Aangemeld door de huisarts, met toestemming van Dima. Intakegesprek in het buurtcentrum. Geen schulden bekend. Afspraak in het buurtcentrum met mw. Hamdan. Dima gaat twee ochtenden per week naar taalles. Terugbellen na het weekend.');
INSERT INTO case_fts_content VALUES(19,'Malika Azzouzi','Dr. Ariënsstraat 45, 6432 LP Hoensbroek','Intakegesprek met Malika op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Schulden meteen besproken: naar schatting € 21.028,48. Eerst een appje gestuurd, daarna gebeld met Malika. Gestart op een leerwerkplek groenonderhoud in Maria Gewanden. Beeldbellen met Malika. Inkomsten en uitgaven op een rij gezet; er blijft weinig over. Gesprek met Malika op het buurtkantoor. Gestart op een leerwerkplek groenonderhoud in Maria Gewanden. Terugbellen na het weekend.');
INSERT INTO case_fts_content VALUES(20,'Demi de Wit','Rennemigerstraat 6b, 6422 TV Heerlen','Kennismaking en intake bij mw. De Wit thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Geen schulden bekend. Eerst een appje gestuurd, daarna gebeld met Demi. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Demi stuurt de ontbrekende stukken na. Eerst een appje gestuurd, daarna gebeld met Demi. Afspraken van vorige keer zijn nagekomen. Beeldbellen met Demi. Hoge energierekening besproken; energiecoach ingeschakeld. Afspraak in het buurtcentrum met mw. De Wit. Afspraak gemist; nieuwe afspraak gemaakt. Demi kwam langs op het inloopspreekuur in Heksenberg. Basisbaan gestart; eerste evaluatie met de leidinggevende positief.');
INSERT INTO case_fts_content VALUES(21,'Sjef van Mulken','Palemigerboord 17, 6413 WH Heerlen','Aangemeld door de huisarts, met toestemming van Sjef. Intakegesprek in het buurtcentrum. Er zijn schulden, geschat op € 10.353,52; nog niet alles is bekend. Huisbezoek bij dhr. Van Mulken. Met Sjef gesproken over lezen en schrijven; aanmelding taaltraject bij het Taalhuis besproken. Vervolgafspraak staat in de agenda.');
INSERT INTO case_fts_content VALUES(22,'Justyna Zielińska','Kouvenderstraat 5, 6431 AR Hoensbroek','Eerste gesprek met Justyna, samen met Monique Dautzenberg. Afgesproken eerst rust te brengen in de post en de rekeningen. Er zijn schulden, geschat op € 3.142,75; nog niet alles is bekend. Justyna belde zelf naar het buurtteam. Overleg met Jeugdzorg over ondersteuning van het gezin. Terugbellen na het weekend. Justyna belde zelf naar het buurtteam. Schulden besproken; Justyna wil eerst zelf een overzicht maken. Afsluitend gesprek: Justyna is aan het werk en heeft geen ondersteuning meer nodig. Dossier gesloten.');
INSERT INTO case_fts_content VALUES(23,'Ömer Şahin','Schandelerboord 18, 6412 AE Heerlen','Ömer kwam zelf naar het inloopspreekuur in Husken. Intake meteen gedaan. Schulden nagevraagd: geen achterstanden. Beeldbellen met Ömer. Proefplaatsing via WSP besproken; Ömer is enthousiast. Over een maand evalueren. Korte check-in per telefoon. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid. Volgende afspraak over twee weken. Korte check-in per telefoon. Afspraken van vorige keer zijn nagekomen. Volgende afspraak over twee weken. Gesprek met Ömer op het buurtkantoor. Overleg met WSP Parkstad over vacatures in de logistiek.');
INSERT INTO case_fts_content VALUES(24,'Roel Ramakers','Lotbroekerweg 12, 6431 CW Hoensbroek','Kennismaking en intake bij dhr. Ramakers thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Geen schulden bekend. Roel kwam langs op het inloopspreekuur in Hoensbroek-Centrum. Aangemeld bij WerkvoorHeerlen voor een ontwikkeltraject. Terugbellen na het weekend. Afspraak in het buurtcentrum met dhr. Ramakers. Driegesprek met trajectbegeleider van WerkvoorHeerlen: werkritme gaat vooruit. Roel belde zelf naar het buurtteam. Woonsituatie besproken; de woning is te klein, maar de wachttijd is lang. Terugbellen na het weekend. Telefonisch contact met Roel. Gestart op een leerwerkplek groenonderhoud in Hoensbroek-Centrum. Roel belde zelf naar het buurtteam. Cursus digitale vaardigheden in het buurtcentrum gestart via WerkvoorHeerlen. Vervolgafspraak staat in de agenda. Gesprek met Roel op het buurtkantoor. Driegesprek met trajectbegeleider van WerkvoorHeerlen: werkritme gaat vooruit.');
INSERT INTO case_fts_content VALUES(25,'Ilse Kleijnen','Heksenbergerweg 21, 6422 VC Heerlen','Intakegesprek met Ilse op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Geen schulden bekend. Telefonisch contact met Ilse. Met Ilse gesproken over lezen en schrijven; aanmelding taaltraject bij het Taalhuis besproken. Ilse kwam langs op het inloopspreekuur in Schelsberg. Overleg met Jeugdzorg over ondersteuning van het gezin. Ilse belde zelf naar het buurtteam. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Nadia Bouzerda sluit de volgende keer aan. Huisbezoek afgelegd samen met Nadia Bouzerda. Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd. Volgende afspraak over twee weken. Telefonisch contact met Ilse. Kennismaking op de beschut-werkafdeling van WerkvoorHeerlen; Ilse kan volgende maand starten. Terugbellen na het weekend. Beeldbellen met Ilse. Kennismaking op de beschut-werkafdeling van WerkvoorHeerlen; Ilse kan volgende maand starten. Plaatsing in beschut werk is stabiel. Dossier in overleg gesloten.');
INSERT INTO case_fts_content VALUES(26,'Wiel Ramakers','Bautscherweg 145, 6414 RC Heerlen','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Geen schulden bekend. Beeldbellen met Wiel. Wensen rond werk verkend; Wiel weet nog niet wat haalbaar is. Wiel stuurt de ontbrekende stukken na. Beeldbellen met Wiel. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend. Volgende afspraak over twee weken. Huisbezoek bij dhr. Ramakers. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend. Volgende afspraak over twee weken. Wiel belde zelf naar het buurtteam. Wensen rond werk verkend; Wiel weet nog niet wat haalbaar is.');
INSERT INTO case_fts_content VALUES(27,'Gisela Statia','Wilhelminastraat 21, 6432 VC Hoensbroek','Kennismaking en intake bij mw. Statia thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Er zijn schulden, geschat op € 22.110,25; nog niet alles is bekend. Afspraak in het buurtcentrum met mw. Statia. DigiD samen aangevraagd, zodat Gisela zelf zaken met de gemeente kan regelen. Gisela kwam langs op het inloopspreekuur in Nieuw Lotbroek-Zuid. Inkomsten en uitgaven op een rij gezet; er blijft weinig over. Telefonisch contact met Gisela. Het gaat wisselend; Gisela slaapt slecht door de zorgen. Over een maand evalueren. Gisela belde zelf naar het buurtteam. Gesprek over een basisbaan bij de gemeente; Gisela kan starten als buurtconciërge. Eerst een appje gestuurd, daarna gebeld met Gisela. Inkomsten en uitgaven op een rij gezet; er blijft weinig over. Nadia Bouzerda sluit de volgende keer aan. Korte check-in per telefoon. Nieuwe aanmaning van het CJIB samen doorgenomen. Terugbellen na het weekend. Korte check-in per telefoon. Driegesprek met team schuldhulpverlening; stabilisatiefase gestart.');
INSERT INTO case_fts_content VALUES(28,'Patricia Houben','Meezenbroekerweg 251, 6413 CR Heerlen','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Stapel ongeopende post; schulden voorlopig geschat op € 3.838,68. Patricia belde zelf naar het buurtteam. Beslag op de uitkering besproken; beslagvrije voet laten controleren. Terugbellen na het weekend. Telefonisch contact met Patricia. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Terugbellen na het weekend. Afspraak in het buurtcentrum met mw. Houben. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid. Patricia belde zelf naar het buurtteam. Proefplaatsing via WSP besproken; Patricia is enthousiast. Patricia stuurt de ontbrekende stukken na. Huisbezoek afgelegd samen met Sanne Vermeulen. Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan. Telefonisch contact met Patricia. Schulden besproken; Patricia wil eerst zelf een overzicht maken. Patricia stuurt de ontbrekende stukken na.');
INSERT INTO case_fts_content VALUES(29,'Rob Smeets','Passartweg 22, 6414 VA Heerlen','Eerste gesprek met Rob, samen met Ricardo Martis. Afgesproken eerst rust te brengen in de post en de rekeningen. Schulden meteen besproken: naar schatting € 1.471,13. Huisbezoek afgelegd samen met Ricardo Martis. Maatje helpt met het ordenen van de administratie; dat gaat goed. Gesprek met Rob op het buurtkantoor. Afspraken van vorige keer zijn nagekomen. Terugbellen na het weekend. Afspraak in het buurtcentrum met dhr. Smeets. Beslag op de uitkering besproken; beslagvrije voet laten controleren. Vervolgafspraak staat in de agenda.');
INSERT INTO case_fts_content VALUES(30,'Lieke Frijns','Zeswegenlaan 235, 6412 RX Heerlen','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Er zijn schulden, geschat op € 23.050,29; nog niet alles is bekend. Beeldbellen met Lieke. Cursus digitale vaardigheden in het buurtcentrum gestart via WerkvoorHeerlen. Lieke belde zelf naar het buurtteam. Hoge energierekening besproken; energiecoach ingeschakeld. Afsluitend gesprek: Lieke is aan het werk en heeft geen ondersteuning meer nodig. Dossier gesloten.');
INSERT INTO case_fts_content VALUES(31,'Noud Ramakers','Huskensweg 19, 6412 XE Heerlen','Intakegesprek met Noud op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Geen schulden bekend. Huisbezoek bij dhr. Ramakers. Kwijtschelding gemeentelijke belastingen samen aangevraagd. Terugbellen na het weekend. Huisbezoek afgelegd samen met Monique Dautzenberg. Afspraak gemist; nieuwe afspraak gemaakt. Gesprek met Noud op het buurtkantoor. Kwijtschelding gemeentelijke belastingen samen aangevraagd. Vervolgafspraak staat in de agenda. Afspraak in het buurtcentrum met dhr. Ramakers. Hoge energierekening besproken; energiecoach ingeschakeld. Korte check-in per telefoon. Met toestemming van Noud overleg met de huisarts over belastbaarheid. Noud is verhuisd; overdracht aan het buurtteam in de nieuwe woonplaats. Dossier gesloten.');
INSERT INTO case_fts_content VALUES(32,'Stijn van Loo','Vrieheideweg 78, 6414 NV Heerlen','Intake telefonisch gestart, daarna huisbezoek. Stijn staat open voor ondersteuning. Schulden meteen besproken: naar schatting € 13.869,79. Stijn belde zelf naar het buurtteam. Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend. Stijn belde zelf naar het buurtteam. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid. Over een maand evalueren. Korte check-in per telefoon. Proefplaatsing via WSP besproken; Stijn is enthousiast. Beeldbellen met Stijn. Inkomsten en uitgaven op een rij gezet; er blijft weinig over. Afsluitend gesprek: Stijn is aan het werk en heeft geen ondersteuning meer nodig. Dossier gesloten.');
INSERT INTO case_fts_content VALUES(33,'Rania Hamdan','Mgr. Nolensstraat 224, 6431 HP Hoensbroek','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden nagevraagd: geen achterstanden. Huisbezoek bij mw. Hamdan. Telefonische tolk ingezet voor het gesprek. Sanne Vermeulen sluit de volgende keer aan. Eerst een appje gestuurd, daarna gebeld met Rania. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Afspraak in het buurtcentrum met mw. Hamdan. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Rania belde zelf naar het buurtteam. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Vervolgafspraak staat in de agenda. Beeldbellen met Rania. Gesprek over een basisbaan bij de gemeente; Rania kan starten als buurtconciërge. Beeldbellen met Rania. Gesprek over een basisbaan bij de gemeente; Rania kan starten als buurtconciërge. Rania kwam langs op het inloopspreekuur in Hoensbroek-Centrum. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Referred to the training “Taalcursus Nederlands (A1–A2)” Placed in the training “Taalcursus Nederlands (A1–A2)”');
INSERT INTO case_fts_content VALUES(34,'Sjef Kurvers','Terschurenweg 28, 6432 GM Hoensbroek','Kennismaking en intake bij dhr. Kurvers thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak. Geen schulden bekend.');
INSERT INTO case_fts_content VALUES(35,'Mieke van der Meer','Beersdalweg 73, 6422 XX Heerlen','Mieke kwam zelf naar het inloopspreekuur in Passart. Intake meteen gedaan. Geen schulden bekend. Afspraak in het buurtcentrum met mw. Van der Meer. Afspraak gemist; nieuwe afspraak gemaakt. Telefonisch contact met Mieke. Mieke doet vrijwilligerswerk in het buurthuis en heeft daar plezier in. Eerst een appje gestuurd, daarna gebeld met Mieke. Afspraak gemist; nieuwe afspraak gemaakt. Huisbezoek afgelegd samen met Luuk Pelzer. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid.');
INSERT INTO case_fts_content VALUES(36,'Ayşe Yıldız','Mariagewandenstraat 60, 6431 MJ Hoensbroek','Intakegesprek met Ayşe op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Geen schulden bekend. Korte check-in per telefoon. Terugkoppeling werkgever: goede eerste weken, contract wordt verlengd. Beeldbellen met Ayşe. Afspraak gemist; nieuwe afspraak gemaakt. Volgende afspraak over twee weken. Afspraak in het buurtcentrum met mw. Yıldız. Overleg met WSP Parkstad over vacatures in de logistiek. Afspraak in het buurtcentrum met mw. Yıldız. CV samen bijgewerkt en naar WSP Parkstad gestuurd. Ayşe stuurt de ontbrekende stukken na. Huisbezoek bij mw. Yıldız. Woonsituatie besproken; de woning is te klein, maar de wachttijd is lang. Volgende afspraak over twee weken. Afsluitend gesprek: Ayşe is aan het werk en heeft geen ondersteuning meer nodig. Dossier gesloten.');
INSERT INTO case_fts_content VALUES(37,'Romy van Es','Palemigerboord 19, 6415 GE Heerlen','Intakegesprek met Romy op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Schulden meteen besproken: naar schatting € 1.552,39. Romy belde zelf naar het buurtteam. Eenzaamheid besproken; koffieochtend in Zeswegen voorgesteld. Telefonisch contact met Romy. Inkomsten en uitgaven op een rij gezet; er blijft weinig over. Gesprek met Romy op het buurtkantoor. DigiD samen aangevraagd, zodat Romy zelf zaken met de gemeente kan regelen. Beeldbellen met Romy. Driegesprek met team schuldhulpverlening; stabilisatiefase gestart. Huisbezoek bij mw. Van Es. Huurachterstand: regeling getroffen met de woningcorporatie. Terugbellen na het weekend. Romy belde zelf naar het buurtteam. Woonsituatie besproken; de woning is te klein, maar de wachttijd is lang.');
INSERT INTO case_fts_content VALUES(38,'Roel Schijns','Wilhelminastraat 238 B, 6432 ZN Hoensbroek','Aangemeld door de huisarts, met toestemming van Roel. Intakegesprek in het buurtcentrum. Schulden meteen besproken: naar schatting € 3.932,52. Afspraak in het buurtcentrum met dhr. Schijns. Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid. Roel kwam langs op het inloopspreekuur in Hoensbroek-Centrum. Inkomsten en uitgaven op een rij gezet; er blijft weinig over. Vervolgafspraak staat in de agenda. Gesprek met Roel op het buurtkantoor. Hoge energierekening besproken; energiecoach ingeschakeld. Eerst een appje gestuurd, daarna gebeld met Roel. Stukken verzameld voor een minnelijke schuldregeling bij Kredietbank Limburg. Huisbezoek bij dhr. Schijns. Kwijtschelding gemeentelijke belastingen samen aangevraagd. Terugbellen na het weekend. Gesprek met Roel op het buurtkantoor. Stukken verzameld voor een minnelijke schuldregeling bij Kredietbank Limburg. Luuk Pelzer sluit de volgende keer aan. Korte check-in per telefoon. Nieuwe aanmaning van het CJIB samen doorgenomen.');
INSERT INTO case_fts_content VALUES(39,'Monique Coenen','Musschemigerweg 41, 6412 RH Heerlen','Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken. Schulden nagevraagd: geen achterstanden. Eerst een appje gestuurd, daarna gebeld met Monique. Basisbaan gestart; eerste evaluatie met de leidinggevende positief. Vervolgafspraak staat in de agenda.');
INSERT INTO case_fts_content VALUES(40,'Mustapha Boukhari','Meezenbroekerweg 23, 6415 BN Heerlen','Intakegesprek met Mustapha op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht. Stapel ongeopende post; schulden voorlopig geschat op € 17.624,75. Beeldbellen met Mustapha. Driegesprek met team schuldhulpverlening; stabilisatiefase gestart. Beeldbellen met Mustapha. Driegesprek met trajectbegeleider van WerkvoorHeerlen: werkritme gaat vooruit. Afsluitend gesprek: Mustapha is met een opleiding gestart. Dossier gesloten.');
CREATE TABLE IF NOT EXISTS 'case_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO case_fts_docsize VALUES(1,X'020564');
INSERT INTO case_fts_docsize VALUES(2,X'020540');
INSERT INTO case_fts_docsize VALUES(3,X'020551');
INSERT INTO case_fts_docsize VALUES(4,X'020569');
INSERT INTO case_fts_docsize VALUES(5,X'0206810f');
INSERT INTO case_fts_docsize VALUES(6,X'020543');
INSERT INTO case_fts_docsize VALUES(7,X'02068115');
INSERT INTO case_fts_docsize VALUES(8,X'02052c');
INSERT INTO case_fts_docsize VALUES(9,X'02053e');
INSERT INTO case_fts_docsize VALUES(10,X'040531');
INSERT INTO case_fts_docsize VALUES(11,X'030536');
INSERT INTO case_fts_docsize VALUES(12,X'02068113');
INSERT INTO case_fts_docsize VALUES(13,X'02058100');
INSERT INTO case_fts_docsize VALUES(14,X'020532');
INSERT INTO case_fts_docsize VALUES(15,X'02058100');
INSERT INTO case_fts_docsize VALUES(16,X'02051e');
INSERT INTO case_fts_docsize VALUES(17,X'02052f');
INSERT INTO case_fts_docsize VALUES(18,X'020522');
INSERT INTO case_fts_docsize VALUES(19,X'020645');
INSERT INTO case_fts_docsize VALUES(20,X'03055d');
INSERT INTO case_fts_docsize VALUES(21,X'030530');
INSERT INTO case_fts_docsize VALUES(22,X'020550');
INSERT INTO case_fts_docsize VALUES(23,X'02054d');
INSERT INTO case_fts_docsize VALUES(24,X'020579');
INSERT INTO case_fts_docsize VALUES(25,X'02058108');
INSERT INTO case_fts_docsize VALUES(26,X'020555');
INSERT INTO case_fts_docsize VALUES(27,X'0205811d');
INSERT INTO case_fts_docsize VALUES(28,X'02057f');
INSERT INTO case_fts_docsize VALUES(29,X'020551');
INSERT INTO case_fts_docsize VALUES(30,X'02053f');
INSERT INTO case_fts_docsize VALUES(31,X'020560');
INSERT INTO case_fts_docsize VALUES(32,X'03055a');
INSERT INTO case_fts_docsize VALUES(33,X'02068112');
INSERT INTO case_fts_docsize VALUES(34,X'020513');
INSERT INTO case_fts_docsize VALUES(35,X'040545');
INSERT INTO case_fts_docsize VALUES(36,X'020573');
INSERT INTO case_fts_docsize VALUES(37,X'03056c');
INSERT INTO case_fts_docsize VALUES(38,X'02068106');
INSERT INTO case_fts_docsize VALUES(39,X'020525');
INSERT INTO case_fts_docsize VALUES(40,X'020535');
CREATE TABLE IF NOT EXISTS 'case_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO case_fts_config VALUES('version',4);
CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  address TEXT,
  buurt_code TEXT NOT NULL REFERENCES neighbourhoods (code),
  kind TEXT NOT NULL DEFAULT 'other',
  lat REAL NOT NULL,
  lon REAL NOT NULL
);
INSERT INTO places VALUES(1,'5780f0bb-05a3-4978-8ea0-dbf117e0b182',1,'2026-12-05T18:41:04.673569Z','Demo buurtteam','2026-12-05T18:41:04.673569Z','Demo buurtteam',0,'Buurthuis Passart','Passartweg 20, Heerlen','BU09172100','community_centre',50.923699999999996633,5.9485999999999998877);
INSERT INTO places VALUES(2,'b240617b-2c4e-49ac-92e0-b2fce92ac898',1,'2026-12-05T18:41:04.673657Z','Demo buurtteam','2026-12-05T18:41:04.673657Z','Demo buurtteam',0,'Ontmoetingscentrum MSP','Meezenbroekerweg, Heerlen','BU09173202','community_centre',50.89860000000000184,5.9888000000000003453);
INSERT INTO places VALUES(3,'876f8d10-ad25-4870-8566-ca887ad6fe80',1,'2026-12-05T18:41:04.673668Z','Demo buurtteam','2026-12-05T18:41:04.673668Z','Demo buurtteam',0,'Zuyderland, leslokaal','Henri Dunantstraat 5, Heerlen','BU09173602','employer',50.867499999999999716,5.971599999999999575);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE sync_base (
  uuid TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  case_uuid TEXT NOT NULL,
  server_revision INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  fields TEXT NOT NULL
);
CREATE TABLE outbox (id INTEGER PRIMARY KEY, type TEXT NOT NULL, uuid TEXT NOT NULL);
INSERT INTO outbox VALUES(1,'case','45625aa7-0bce-4ca3-913b-628dba8aaefa');
INSERT INTO outbox VALUES(2,'track_change','e4bc08ed-7fd0-4d2b-87d7-693a82b2b888');
INSERT INTO outbox VALUES(3,'journal','f6bd1a3b-ec9e-44f5-b471-996cfa6416c7');
INSERT INTO outbox VALUES(4,'journal','d31b0489-cfff-43e5-bf4d-535351299b9f');
INSERT INTO outbox VALUES(5,'journal','6753bb6d-f896-4f6c-89fa-91dd8f12fb09');
INSERT INTO outbox VALUES(6,'journal','fd5a1635-fcf8-47b7-98b5-55d719f3427d');
INSERT INTO outbox VALUES(7,'journal','a4ad0145-9912-4620-a14b-4b6eeb5c2e45');
INSERT INTO outbox VALUES(8,'assessment','d11f7b8a-6f56-4d23-b87d-fe3fa40adc75');
INSERT INTO outbox VALUES(9,'assessment','c49cf672-1156-4d89-9507-cd0d6a386ab1');
INSERT INTO outbox VALUES(10,'involvement','f8c60ae4-9029-4624-9b0e-d3f2f695ee78');
INSERT INTO outbox VALUES(11,'case','44ea583f-5f6c-4a2d-ba61-30699d9a6b2e');
INSERT INTO outbox VALUES(12,'journal','a81286d1-5bae-4a1a-a74c-481361ef4655');
INSERT INTO outbox VALUES(13,'journal','240af763-7736-4750-aa70-7fd2332bafcc');
INSERT INTO outbox VALUES(14,'journal','afffa1ab-f1ab-4896-a187-5e186991e8a9');
INSERT INTO outbox VALUES(15,'journal','790c4076-12f0-4d35-bbee-41bfed88d454');
INSERT INTO outbox VALUES(16,'assessment','c27d66fd-443c-4dce-827a-e890cf8a433b');
INSERT INTO outbox VALUES(17,'assessment','991bac4b-085d-48d5-9308-2abd1af382a1');
INSERT INTO outbox VALUES(18,'assessment','2c678f45-2ec8-40cd-92cb-eb64c6b4d683');
INSERT INTO outbox VALUES(19,'involvement','b59bb633-78e1-403e-9be4-ae740bf30bc7');
INSERT INTO outbox VALUES(20,'case','44ea583f-5f6c-4a2d-ba61-30699d9a6b2e');
INSERT INTO outbox VALUES(21,'track_change','b18b10f9-8063-41d4-a0b5-94f72f87ebb6');
INSERT INTO outbox VALUES(22,'case','4a3e4b99-3fe3-4f52-abd9-9cd3e1c8e5d1');
INSERT INTO outbox VALUES(23,'track_change','41e7dfab-a1b9-447c-941c-de13fc0c8e4a');
INSERT INTO outbox VALUES(24,'journal','eb90ed91-b272-4f02-b904-f70136d79546');
INSERT INTO outbox VALUES(25,'journal','28fae008-c796-493f-8ebf-a44c13a365fc');
INSERT INTO outbox VALUES(26,'journal','cff41dcc-3072-4b97-a0b1-d8d15bc93937');
INSERT INTO outbox VALUES(27,'journal','7d26eea8-81fc-4a62-8017-aa0b9de1b855');
INSERT INTO outbox VALUES(28,'assessment','ec28e8ff-50d7-433f-8f59-1107614f5cfc');
INSERT INTO outbox VALUES(29,'assessment','36e35789-736b-4feb-bed2-b6b81767a7af');
INSERT INTO outbox VALUES(30,'assessment','73e2abfe-5525-419c-97d6-f709f622dc7e');
INSERT INTO outbox VALUES(31,'action','95abbab6-6cbd-437a-afaf-6ad8b5cbf882');
INSERT INTO outbox VALUES(32,'action','95abbab6-6cbd-437a-afaf-6ad8b5cbf882');
INSERT INTO outbox VALUES(33,'action','4006026f-c0eb-4e91-98cc-f75c97df7843');
INSERT INTO outbox VALUES(34,'action','a35ee251-7c9e-43c3-9989-2a2c077ffcd4');
INSERT INTO outbox VALUES(35,'action','a35ee251-7c9e-43c3-9989-2a2c077ffcd4');
INSERT INTO outbox VALUES(36,'case','069807ac-f2b7-432c-bd44-76397f408c5d');
INSERT INTO outbox VALUES(37,'track_change','17abc6b8-55d6-4425-9454-1ea01e3ec90f');
INSERT INTO outbox VALUES(38,'journal','5183f7e4-d905-4eec-aff5-6553349bb63b');
INSERT INTO outbox VALUES(39,'journal','2d25db98-437c-41bf-b969-cd66e647b531');
INSERT INTO outbox VALUES(40,'journal','f64e0b3d-3e1e-4cfe-922c-18dbc51cdfeb');
INSERT INTO outbox VALUES(41,'journal','c21623fd-25db-4df2-a679-7ed92a371438');
INSERT INTO outbox VALUES(42,'journal','3ee7a9db-8496-437c-bf5f-684a287d5fe7');
INSERT INTO outbox VALUES(43,'journal','ecdbd638-444e-4a09-bd58-29c766a62a3b');
INSERT INTO outbox VALUES(44,'journal','df224dfd-f27a-4114-914f-ee3b303f5df6');
INSERT INTO outbox VALUES(45,'assessment','4108a457-1a3b-4189-984d-3657b061067c');
INSERT INTO outbox VALUES(46,'assessment','a2645da3-4aec-42d6-ba01-b312274f13c0');
INSERT INTO outbox VALUES(47,'assessment','287085ca-4906-460f-a3a2-babaa1d6a414');
INSERT INTO outbox VALUES(48,'involvement','bd9401b0-39b7-4fd3-81a8-f316e5705d3c');
INSERT INTO outbox VALUES(49,'case','f0bd9ed7-ed06-4bb0-b6e9-dcf7cec20b0e');
INSERT INTO outbox VALUES(50,'track_change','f768d3d0-afa1-4054-87a7-920dc261463b');
INSERT INTO outbox VALUES(51,'journal','ebd76f68-9908-4148-aee4-b6090bbba7d2');
INSERT INTO outbox VALUES(52,'journal','2efc02f2-eaca-4566-b807-0b92b487b951');
INSERT INTO outbox VALUES(53,'journal','cc5d1c7e-2efe-49b3-a7cc-ca7f6ea08302');
INSERT INTO outbox VALUES(54,'journal','9a8c201f-b384-46af-baa8-7e986ea52b80');
INSERT INTO outbox VALUES(55,'journal','f8781ba3-011d-4130-942b-12ee02557142');
INSERT INTO outbox VALUES(56,'journal','68e67f84-6f1a-44cf-b6c2-a6272c2d560f');
INSERT INTO outbox VALUES(57,'journal','f41cde3e-093e-4462-b6a6-48f5b745f0b8');
INSERT INTO outbox VALUES(58,'assessment','9a042e91-2d89-468e-97b1-45ce0d89c8a9');
INSERT INTO outbox VALUES(59,'assessment','dcd2f819-e436-4f86-8bf7-33e1a8beb577');
INSERT INTO outbox VALUES(60,'action','2250fc06-4665-4b83-9d89-92bf6f658c24');
INSERT INTO outbox VALUES(61,'action','5d4c2ec2-4111-4c7c-bc87-1f23df88290d');
INSERT INTO outbox VALUES(62,'involvement','0522473e-046f-4984-8325-608bdc581e80');
INSERT INTO outbox VALUES(63,'case','126cb4d1-1061-4728-9228-e68845225e30');
INSERT INTO outbox VALUES(64,'track_change','c4c9c553-1e0f-4cbb-9ad5-72148c63fb31');
INSERT INTO outbox VALUES(65,'journal','e0fae4f2-bb23-44ad-9f44-9b36ee85e6d4');
INSERT INTO outbox VALUES(66,'journal','799b0fd9-bc4a-4ae3-bf59-e54c139bb51b');
INSERT INTO outbox VALUES(67,'journal','9cbcb6d2-26ba-4cd2-ae60-e008e5f7154e');
INSERT INTO outbox VALUES(68,'assessment','7d95fc85-c6f5-4904-8553-54118c84b969');
INSERT INTO outbox VALUES(69,'action','09cd0f45-32aa-41f9-a67e-366e5a163db9');
INSERT INTO outbox VALUES(70,'action','33151e58-2429-4134-a7a4-de2d098ecedd');
INSERT INTO outbox VALUES(71,'action','2d2e2778-c072-4966-b0b9-fb438611b00d');
INSERT INTO outbox VALUES(72,'action','2d2e2778-c072-4966-b0b9-fb438611b00d');
INSERT INTO outbox VALUES(73,'involvement','7ab8dcdf-158a-47cb-8a07-27b92ad56673');
INSERT INTO outbox VALUES(74,'case','a41407f8-7087-4b85-b65f-b3c082f75240');
INSERT INTO outbox VALUES(75,'track_change','371872f8-9cf1-4d62-8330-63690dcaabbc');
INSERT INTO outbox VALUES(76,'journal','adcebc26-65fe-4333-9c61-730f1de82ea3');
INSERT INTO outbox VALUES(77,'journal','f74c2145-2a63-4c21-8f41-33bf07680842');
INSERT INTO outbox VALUES(78,'journal','864ae1d0-af43-42d0-80cb-dbf761846ede');
INSERT INTO outbox VALUES(79,'journal','d26b27fb-1058-422d-93ac-9ff82a72e900');
INSERT INTO outbox VALUES(80,'journal','9c6c6699-91c3-40f9-b864-07355e5078d9');
INSERT INTO outbox VALUES(81,'journal','a379cef9-8705-4d1b-bee5-4535bf716bcb');
INSERT INTO outbox VALUES(82,'journal','69b26c15-1249-4962-b20f-148a9aaf1a66');
INSERT INTO outbox VALUES(83,'journal','1e2b1118-80cf-4ede-90bb-ec4d37a82de0');
INSERT INTO outbox VALUES(84,'assessment','f71fb171-2399-46db-860b-7a21ec9b61a0');
INSERT INTO outbox VALUES(85,'assessment','b43bbded-4eeb-4cad-a618-d2b37f8addde');
INSERT INTO outbox VALUES(86,'assessment','67a805d4-7979-4265-a3fd-37ba9d9a8c1e');
INSERT INTO outbox VALUES(87,'action','117ac604-99e7-4801-bd84-cbdd504c25c4');
INSERT INTO outbox VALUES(88,'action','117ac604-99e7-4801-bd84-cbdd504c25c4');
INSERT INTO outbox VALUES(89,'action','8a1ae62b-9cb6-47ed-b5d2-918962e1c1a7');
INSERT INTO outbox VALUES(90,'action','8a1ae62b-9cb6-47ed-b5d2-918962e1c1a7');
INSERT INTO outbox VALUES(91,'action','16374605-805c-4044-bd5c-6ea0640e0947');
INSERT INTO outbox VALUES(92,'involvement','b8e46c33-027d-497c-aa90-8888ea7636df');
INSERT INTO outbox VALUES(93,'case','a15ed161-ad30-48ef-b64b-d4874a48a1c0');
INSERT INTO outbox VALUES(94,'journal','29123ac7-0324-4ab9-a56b-d4e7a2332318');
INSERT INTO outbox VALUES(95,'journal','98e38513-8d6c-4db8-9cb6-30fa23dd093e');
INSERT INTO outbox VALUES(96,'assessment','0d9774c7-fe39-4291-9491-9490e958622c');
INSERT INTO outbox VALUES(97,'action','3ec1a7d7-facf-4a89-a95d-7ed988b0753d');
INSERT INTO outbox VALUES(98,'action','67fc29cc-f867-4c93-ad5c-224ecee52c20');
INSERT INTO outbox VALUES(99,'action','ff733955-8990-409f-b1e5-dce70d69b8e2');
INSERT INTO outbox VALUES(100,'involvement','7c0deb01-ef9e-4348-9465-13c4876321f4');
INSERT INTO outbox VALUES(101,'case','35276d85-7275-4578-b5c4-4c4103f0d25c');
INSERT INTO outbox VALUES(102,'track_change','650f0332-456e-456a-93bc-233fa430749e');
INSERT INTO outbox VALUES(103,'journal','c6c647c1-90c4-4e48-953a-608dbb6c206b');
INSERT INTO outbox VALUES(104,'journal','e0dc0c50-f029-4232-a388-1809ef7ee5f6');
INSERT INTO outbox VALUES(105,'journal','668474ee-57c2-4bc3-9b96-c93fd09d5ef3');
INSERT INTO outbox VALUES(106,'assessment','db6b8988-586a-4338-a04f-e76256205350');
INSERT INTO outbox VALUES(107,'assessment','002ab190-df41-49d9-b7bc-eede98dcb8f5');
INSERT INTO outbox VALUES(108,'involvement','cb3c5f99-4f46-4a72-883b-f92909c5c2b6');
INSERT INTO outbox VALUES(109,'case','53ebeb0f-14b1-4af2-a6d1-6cd95d97d6fc');
INSERT INTO outbox VALUES(110,'track_change','c21d1411-4b18-4799-9de9-64a06f673675');
INSERT INTO outbox VALUES(111,'journal','d8033993-5382-48ea-8cd0-ff87170daad8');
INSERT INTO outbox VALUES(112,'journal','eaef808b-c29b-4279-90c0-6db8a243263d');
INSERT INTO outbox VALUES(113,'journal','a2b515d2-b9d0-486c-993c-323456ba11a2');
INSERT INTO outbox VALUES(114,'assessment','170b1bf7-942f-4331-a9b0-2612faedec62');
INSERT INTO outbox VALUES(115,'assessment','563b193a-9bcd-45ad-a593-1ea570503078');
INSERT INTO outbox VALUES(116,'action','720b49dd-9ce6-4f14-8512-f929e1001c12');
INSERT INTO outbox VALUES(117,'action','05e48a08-2614-40b8-8e95-582f5fa8379a');
INSERT INTO outbox VALUES(118,'involvement','32935eef-14e5-4b53-b854-5242528763dc');
INSERT INTO outbox VALUES(119,'case','8fda0ef3-59b7-4f90-a2f5-340284878b88');
INSERT INTO outbox VALUES(120,'track_change','d8c2cd34-e373-4f9b-a247-7619061e039c');
INSERT INTO outbox VALUES(121,'journal','29badb92-9044-4925-b569-6cc0f6eb0de2');
INSERT INTO outbox VALUES(122,'journal','1d35ef66-3221-4efc-8486-d0da74d1558a');
INSERT INTO outbox VALUES(123,'journal','812f60cd-b6d5-41c8-b0bd-6e456fc5f13d');
INSERT INTO outbox VALUES(124,'assessment','8a33949b-a857-46e1-903c-a0816ec8c2cf');
INSERT INTO outbox VALUES(125,'assessment','dbb8871f-9d60-452b-a730-ed76e1a39975');
INSERT INTO outbox VALUES(126,'assessment','c3b2eebb-822f-45db-bc4b-b36aaede434e');
INSERT INTO outbox VALUES(127,'case','b0eb0a5b-7d08-4a3c-812a-a3869a26fe0b');
INSERT INTO outbox VALUES(128,'track_change','102c723c-324a-4866-868a-169aac644408');
INSERT INTO outbox VALUES(129,'journal','84676e84-275a-47cd-9219-8fb9a4abcc73');
INSERT INTO outbox VALUES(130,'journal','2b42f8bc-6042-4a48-bbb5-12b9ee7a2bb4');
INSERT INTO outbox VALUES(131,'journal','ab1ef436-c314-48ac-8b67-93466faae2e6');
INSERT INTO outbox VALUES(132,'journal','914aaa55-fc83-4ef8-b089-58e632530cd4');
INSERT INTO outbox VALUES(133,'journal','1212eb46-17c8-4d57-ab21-6f49b8c0fd86');
INSERT INTO outbox VALUES(134,'journal','b6e15e51-90b0-412f-bac7-fb3ea7882a67');
INSERT INTO outbox VALUES(135,'journal','a9e43ed0-1c1c-4075-947d-e1130e7cc0a9');
INSERT INTO outbox VALUES(136,'journal','abf55f24-f8d7-4e57-98d9-1b35fe77c262');
INSERT INTO outbox VALUES(137,'assessment','8286a804-1cfb-40f1-a94a-039dc5ae2d25');
INSERT INTO outbox VALUES(138,'assessment','5ac8784b-ebc1-40cb-95c6-e120513fecf9');
INSERT INTO outbox VALUES(139,'action','401d1556-4ac3-490e-a720-42c95e436228');
INSERT INTO outbox VALUES(140,'action','8774a863-7431-4d75-b970-4b39bb187af3');
INSERT INTO outbox VALUES(141,'action','8774a863-7431-4d75-b970-4b39bb187af3');
INSERT INTO outbox VALUES(142,'case','afc72955-282c-49f0-89c2-50280c5f7d0b');
INSERT INTO outbox VALUES(143,'track_change','fedaccf6-6726-4e21-8391-adb27cfa21da');
INSERT INTO outbox VALUES(144,'journal','2a166756-b2f8-4aa2-8621-8b9e272f4039');
INSERT INTO outbox VALUES(145,'journal','fb889f44-2d8a-43db-8d47-52aa44b604ff');
INSERT INTO outbox VALUES(146,'journal','12898b5b-5a46-4fbc-b680-02fd8180e5e2');
INSERT INTO outbox VALUES(147,'journal','78a0082f-8438-4f41-9172-3ad8d2440f5f');
INSERT INTO outbox VALUES(148,'journal','06a9f4b4-f964-46df-a673-74dd4cee2a18');
INSERT INTO outbox VALUES(149,'journal','da7fd9ca-716a-44c3-b096-8ffe938b359f');
INSERT INTO outbox VALUES(150,'journal','ae4fff6e-3b4c-40a7-9e95-6165373d56c0');
INSERT INTO outbox VALUES(151,'assessment','dc4e90d8-2cbc-40dc-9268-948e3397886b');
INSERT INTO outbox VALUES(152,'assessment','3af3d457-10de-4d3c-96b3-cb774420e3a4');
INSERT INTO outbox VALUES(153,'action','b0b4f6b7-23b5-491c-9a18-ffa389d3a0ca');
INSERT INTO outbox VALUES(154,'action','b0b4f6b7-23b5-491c-9a18-ffa389d3a0ca');
INSERT INTO outbox VALUES(155,'action','9a13ab47-d240-4964-b506-2de9c2c22923');
INSERT INTO outbox VALUES(156,'action','9a13ab47-d240-4964-b506-2de9c2c22923');
INSERT INTO outbox VALUES(157,'action','55380fff-f086-4c15-a01c-dbb3fd0c06f6');
INSERT INTO outbox VALUES(158,'action','55380fff-f086-4c15-a01c-dbb3fd0c06f6');
INSERT INTO outbox VALUES(159,'involvement','d8d1c1aa-40f9-43bb-aef6-8ca625184902');
INSERT INTO outbox VALUES(160,'involvement','ce9388f7-ad95-4d01-85b0-e51b2a3588ec');
INSERT INTO outbox VALUES(161,'case','afc72955-282c-49f0-89c2-50280c5f7d0b');
INSERT INTO outbox VALUES(162,'track_change','8173834a-30ed-4a2e-aeae-ec01982dd953');
INSERT INTO outbox VALUES(163,'case','4722d6d4-cab5-4556-8f63-5f83a062003d');
INSERT INTO outbox VALUES(164,'track_change','7d2ca24d-b354-463e-abe6-056b279369a1');
INSERT INTO outbox VALUES(165,'journal','40511734-8475-4085-b225-8552ad64edb5');
INSERT INTO outbox VALUES(166,'journal','158c658f-733d-499f-8791-3f44176aaccc');
INSERT INTO outbox VALUES(167,'journal','6c84ec33-0039-41eb-aef1-f9fc4402d2aa');
INSERT INTO outbox VALUES(168,'assessment','9e05d0be-42ad-4b0c-8a88-275c0aeaf36c');
INSERT INTO outbox VALUES(169,'assessment','8e5f0ae0-13d1-421b-b173-6298192476ac');
INSERT INTO outbox VALUES(170,'assessment','fb4e1836-cba4-4312-a96d-1b5d259c1733');
INSERT INTO outbox VALUES(171,'involvement','454f2b85-c520-47cc-a2f0-631e93a143f1');
INSERT INTO outbox VALUES(172,'case','ea4bc8ee-1373-47b4-af2a-f047e3b18111');
INSERT INTO outbox VALUES(173,'track_change','2ac4f8bd-cce1-4312-9dae-36187c1413f8');
INSERT INTO outbox VALUES(174,'journal','63aa7e3e-7349-448f-bf0c-133b50ad6459');
INSERT INTO outbox VALUES(175,'journal','4443dc3e-f502-4cee-b12b-0ccd1a7fdcd6');
INSERT INTO outbox VALUES(176,'journal','8ba4b9a7-1f1b-4111-8212-4ad0992dd26c');
INSERT INTO outbox VALUES(177,'journal','95011988-de0a-4e01-ab51-c42fc304a9ba');
INSERT INTO outbox VALUES(178,'journal','be694806-61b9-4150-9380-d8b539f8e974');
INSERT INTO outbox VALUES(179,'journal','c498c5da-b0bb-4b31-82f1-223aa7eb9e2c');
INSERT INTO outbox VALUES(180,'journal','5e5ba4bc-4e0d-478e-84dd-2dc3ee8120a6');
INSERT INTO outbox VALUES(181,'assessment','3cc42d92-a7c0-4e21-815e-9e5d024c5218');
INSERT INTO outbox VALUES(182,'assessment','4c29749f-a5e2-4eed-9bff-e0a5595e0bc0');
INSERT INTO outbox VALUES(183,'assessment','2985b96f-b378-4608-ac1f-59ac2ea4e017');
INSERT INTO outbox VALUES(184,'action','4ef00f7e-66ca-49f5-a821-f5da0b72f1c5');
INSERT INTO outbox VALUES(185,'action','53072462-1989-4c06-b196-eeeb7910eb6a');
INSERT INTO outbox VALUES(186,'action','d5237939-7cd4-46f5-8f33-d7e7c0ad0255');
INSERT INTO outbox VALUES(187,'case','fb0283fe-7948-4c41-9557-63e7451cc521');
INSERT INTO outbox VALUES(188,'track_change','fd883a09-0bb0-414e-b1c2-2801cd82b586');
INSERT INTO outbox VALUES(189,'journal','c7a18722-b12e-46c5-9316-6621a2f298bf');
INSERT INTO outbox VALUES(190,'journal','243b9482-f4c6-43f1-a29b-5a68df1c2089');
INSERT INTO outbox VALUES(191,'assessment','0ae9e8b6-8ba0-4137-b74f-94da2209698a');
INSERT INTO outbox VALUES(192,'assessment','6d567c10-fe92-4bf9-86bb-a22fa53a40f8');
INSERT INTO outbox VALUES(193,'assessment','787c6155-f90e-4ea8-b4e6-6a4c18dc8462');
INSERT INTO outbox VALUES(194,'action','5ab7524e-05fc-4d95-b9b2-e891b1b0a0ad');
INSERT INTO outbox VALUES(195,'involvement','abfb99ff-ef68-4a45-884c-c1d886940a3a');
INSERT INTO outbox VALUES(196,'case','fb0283fe-7948-4c41-9557-63e7451cc521');
INSERT INTO outbox VALUES(197,'track_change','91c72b57-0302-4862-b41e-c1d2b04708b6');
INSERT INTO outbox VALUES(198,'case','e05d8680-82a0-44b4-a0b8-49b867ba6ca0');
INSERT INTO outbox VALUES(199,'journal','6df34f69-306b-436f-9188-cb97ac9aa7b2');
INSERT INTO outbox VALUES(200,'journal','aaec2523-343c-4213-838c-450889841dcc');
INSERT INTO outbox VALUES(201,'assessment','e72b87c8-cdcc-40be-ab46-3fa55fc60043');
INSERT INTO outbox VALUES(202,'involvement','4112eb95-5c29-4b87-b177-223345b97844');
INSERT INTO outbox VALUES(203,'case','88c9f678-dff9-4c69-823e-2d128c1d90a8');
INSERT INTO outbox VALUES(204,'journal','78105ae0-0dbd-4121-8f5e-42ccc2f27334');
INSERT INTO outbox VALUES(205,'journal','dcb13748-8569-4926-83b4-9dcaf7c204d4');
INSERT INTO outbox VALUES(206,'assessment','1c9db30c-fa93-4d2f-a677-198c0bffd1b9');
INSERT INTO outbox VALUES(207,'case','e6fe5bfe-1c0d-4d3e-81e8-c92c6d44e3c1');
INSERT INTO outbox VALUES(208,'track_change','8f74fcfd-1b4e-49a1-96dc-e367b5a302ca');
INSERT INTO outbox VALUES(209,'journal','a6c031ac-0130-4df1-be39-d7df68c91cae');
INSERT INTO outbox VALUES(210,'journal','095db70d-2b98-4fc0-952a-0892a639e7eb');
INSERT INTO outbox VALUES(211,'journal','e65ff640-fc49-43dd-b05a-fe86f4d6858f');
INSERT INTO outbox VALUES(212,'journal','1fd11d29-032b-48d4-8bc4-9356ad5408a0');
INSERT INTO outbox VALUES(213,'assessment','abc745b6-f337-4d0b-b495-573b3fb8ecfc');
INSERT INTO outbox VALUES(214,'assessment','1f40ef66-27e6-4d09-8daf-5f5cf7066d84');
INSERT INTO outbox VALUES(215,'action','8b182381-8989-4119-b546-5287206085b7');
INSERT INTO outbox VALUES(216,'action','bb37c8e8-d6b9-410e-b14b-a0b8dcb550bb');
INSERT INTO outbox VALUES(217,'case','5e3c728a-0fd8-42d5-9c4e-115f821318b1');
INSERT INTO outbox VALUES(218,'track_change','140c033b-74dd-4c3b-8a26-4e283450e1e9');
INSERT INTO outbox VALUES(219,'journal','e17876c9-3a11-4631-b595-3c000ae6d38a');
INSERT INTO outbox VALUES(220,'journal','f72bef82-05af-4136-80de-84814886043d');
INSERT INTO outbox VALUES(221,'journal','ce347fe2-ef94-4489-9f48-0dbbb14d152f');
INSERT INTO outbox VALUES(222,'journal','178613ec-bac2-4aaa-a2ef-6b85247224a9');
INSERT INTO outbox VALUES(223,'journal','3637805e-8d12-41da-b460-741669e9d111');
INSERT INTO outbox VALUES(224,'journal','5b0779cf-ba35-458d-a136-d8685e0e38f8');
INSERT INTO outbox VALUES(225,'assessment','c8d2305f-839c-4c76-9bce-10518b1628dd');
INSERT INTO outbox VALUES(226,'assessment','71a73a6e-a90c-4ea2-88bd-f765cd5a096f');
INSERT INTO outbox VALUES(227,'action','a9b1eb72-251b-46e6-a6d7-1895e1738d85');
INSERT INTO outbox VALUES(228,'case','5e3c728a-0fd8-42d5-9c4e-115f821318b1');
INSERT INTO outbox VALUES(229,'track_change','8f94fcd5-9a41-42da-b68c-fe7f801471b0');
INSERT INTO outbox VALUES(230,'case','2c943f4c-fdbc-434a-829b-c76053109edd');
INSERT INTO outbox VALUES(231,'journal','bc8a91d0-23fa-4366-891d-a0c003b50e44');
INSERT INTO outbox VALUES(232,'journal','a5c4c231-94ee-481c-a08b-9e4a42d89b57');
INSERT INTO outbox VALUES(233,'assessment','a329ad24-b12e-46e1-ae5a-5e2dcec4d51f');
INSERT INTO outbox VALUES(234,'action','97f9243a-d887-4dd6-8ab3-5a391fbe5b62');
INSERT INTO outbox VALUES(235,'action','1fe155a3-6f5e-4909-b1b0-5bfeef4e9b87');
INSERT INTO outbox VALUES(236,'involvement','e35f0d78-9397-42af-bc32-a061caf4d237');
INSERT INTO outbox VALUES(237,'case','f997702b-b131-4e66-8a25-d69179bd2856');
INSERT INTO outbox VALUES(238,'track_change','1f679fc6-b3e7-4464-87d2-fb2908349324');
INSERT INTO outbox VALUES(239,'journal','a03b9d6e-061f-42c5-9eb0-cc3811e7ccf1');
INSERT INTO outbox VALUES(240,'journal','727beeaf-f9f3-49ef-9205-7904440352bb');
INSERT INTO outbox VALUES(241,'journal','f137a678-7d7a-49b6-8ac7-cea6e19cc1d1');
INSERT INTO outbox VALUES(242,'journal','89ee6006-7975-4dcc-8f69-4881f8848fb2');
INSERT INTO outbox VALUES(243,'assessment','6053a318-b923-4a1f-8e54-12caa501ec15');
INSERT INTO outbox VALUES(244,'assessment','34fe2028-f383-4b78-8544-1c9af5137129');
INSERT INTO outbox VALUES(245,'assessment','1d22c7d3-72c1-420c-854d-314d4145c8bf');
INSERT INTO outbox VALUES(246,'action','ba88cb20-1e54-45c8-b8e7-f9acfe587740');
INSERT INTO outbox VALUES(247,'action','ba88cb20-1e54-45c8-b8e7-f9acfe587740');
INSERT INTO outbox VALUES(248,'action','8849dd8b-7d82-45ec-a9d3-1dbab7b0567a');
INSERT INTO outbox VALUES(249,'action','8849dd8b-7d82-45ec-a9d3-1dbab7b0567a');
INSERT INTO outbox VALUES(250,'action','cb4e5233-298c-4dac-b01a-ab0bc6fc2889');
INSERT INTO outbox VALUES(251,'involvement','be1d5040-2c1e-447f-ac94-053b0b675adc');
INSERT INTO outbox VALUES(252,'case','25d092e0-fb45-410b-b54f-827e283b82ac');
INSERT INTO outbox VALUES(253,'track_change','cd7e2869-cbff-4f68-9ee9-f6ec543390bf');
INSERT INTO outbox VALUES(254,'journal','cdcbe461-d648-4e57-b322-98b12a817544');
INSERT INTO outbox VALUES(255,'journal','44b7b6a3-844d-4c9d-bdba-91d314e4eb2a');
INSERT INTO outbox VALUES(256,'journal','2707a8c1-6ea1-40b5-aa56-f5aaf9476830');
INSERT INTO outbox VALUES(257,'journal','eb582fa8-8b8a-4a31-99c2-c5d0911bcc14');
INSERT INTO outbox VALUES(258,'journal','00da23af-27b8-412f-baf8-f96f819f33fa');
INSERT INTO outbox VALUES(259,'assessment','fa805f50-4862-4adf-ad8f-d179c39754a4');
INSERT INTO outbox VALUES(260,'assessment','c4703a76-ea08-444c-9e42-0151a44529ec');
INSERT INTO outbox VALUES(261,'action','a0725daf-a07c-4116-a862-1a516be6edfb');
INSERT INTO outbox VALUES(262,'action','adea6282-b00e-4a35-803d-c57ef341c122');
INSERT INTO outbox VALUES(263,'involvement','1e59a0ae-16bb-40e8-81cc-0a244886fa44');
INSERT INTO outbox VALUES(264,'case','c6842d59-cb1f-4f37-98a7-5fe3105b09ff');
INSERT INTO outbox VALUES(265,'track_change','2c63f427-0c04-40f0-8689-f816f8fbdba8');
INSERT INTO outbox VALUES(266,'journal','52503924-0c39-4ebb-b3c0-5d3fbe0ef35d');
INSERT INTO outbox VALUES(267,'journal','9858a130-5bb0-43ac-ba2d-cdf8b75e15fa');
INSERT INTO outbox VALUES(268,'journal','09e2b8ee-14ba-408b-9557-4153ee5ff276');
INSERT INTO outbox VALUES(269,'journal','9850b849-0365-481e-a4d2-a444295ac31d');
INSERT INTO outbox VALUES(270,'journal','a57ec6ae-7a81-462f-b028-b1692a5713d4');
INSERT INTO outbox VALUES(271,'journal','77fc9e93-23b2-415b-83b9-fb4f73a6d199');
INSERT INTO outbox VALUES(272,'journal','21c58996-9ae4-4f86-9c95-06c6cd87c243');
INSERT INTO outbox VALUES(273,'assessment','d4e5a5c2-4d5f-4ec7-9ed0-1bbfd2ab8839');
INSERT INTO outbox VALUES(274,'assessment','771d7d28-356d-43b8-b360-ac2dde915dc5');
INSERT INTO outbox VALUES(275,'action','b2c5c626-5b7d-412e-8f97-5bebc4c91949');
INSERT INTO outbox VALUES(276,'action','b2c5c626-5b7d-412e-8f97-5bebc4c91949');
INSERT INTO outbox VALUES(277,'action','fdc8affa-aed5-4b92-b0c5-9abbdbfd5741');
INSERT INTO outbox VALUES(278,'action','fdc8affa-aed5-4b92-b0c5-9abbdbfd5741');
INSERT INTO outbox VALUES(279,'involvement','361a9421-4055-427a-81d2-e61a375de78f');
INSERT INTO outbox VALUES(280,'case','bec0abfc-2d73-4a0a-a474-22da81dd5760');
INSERT INTO outbox VALUES(281,'track_change','9cdfff8c-2929-486e-bff9-85de3d354017');
INSERT INTO outbox VALUES(282,'journal','35a63058-0454-46eb-995e-9ce3b79fd917');
INSERT INTO outbox VALUES(283,'journal','d42056a9-0412-4005-9376-52af030028ca');
INSERT INTO outbox VALUES(284,'journal','7aeba56f-ce68-4e22-beb4-e97ecd56a4ed');
INSERT INTO outbox VALUES(285,'journal','98479eee-c066-4c20-94f5-9716b27f47a4');
INSERT INTO outbox VALUES(286,'journal','2fa1afaf-e63e-4b85-8470-3bba305404b8');
INSERT INTO outbox VALUES(287,'journal','bbaa0861-3946-4193-9429-7d02167e9821');
INSERT INTO outbox VALUES(288,'journal','971257f6-e637-450c-9337-bddd77faf8f7');
INSERT INTO outbox VALUES(289,'journal','b4cca470-239b-4c76-b114-28cb04b4623f');
INSERT INTO outbox VALUES(290,'assessment','3e27586c-dccb-4358-8029-7017d1353353');
INSERT INTO outbox VALUES(291,'action','292d25e6-078e-41fe-b9c4-2fb844da238a');
INSERT INTO outbox VALUES(292,'action','292d25e6-078e-41fe-b9c4-2fb844da238a');
INSERT INTO outbox VALUES(293,'action','6b4b9a33-79ec-490a-8d99-1ed9afa59bbd');
INSERT INTO outbox VALUES(294,'action','6b4b9a33-79ec-490a-8d99-1ed9afa59bbd');
INSERT INTO outbox VALUES(295,'action','813a289d-7975-4b43-aa62-45106ad64906');
INSERT INTO outbox VALUES(296,'case','56b7482e-eabc-4d40-a7ea-bb0b115a03a3');
INSERT INTO outbox VALUES(297,'journal','c9fe6915-3529-441e-aa6c-d384cc0900cf');
INSERT INTO outbox VALUES(298,'journal','c9a6dd4f-b36f-40df-a252-004d1bfae1f5');
INSERT INTO outbox VALUES(299,'journal','17a1be93-7ec1-41b9-b9e1-f17d932ad0bb');
INSERT INTO outbox VALUES(300,'journal','f6b42738-d19e-46f7-936d-0b3344fe233a');
INSERT INTO outbox VALUES(301,'journal','bfdf78b8-4bbd-4650-beec-0e6fc7c2502c');
INSERT INTO outbox VALUES(302,'assessment','a14eb0a9-06ba-4853-956d-d39de1a5460a');
INSERT INTO outbox VALUES(303,'assessment','b94f1b08-03d5-4790-97ef-e1993987efe9');
INSERT INTO outbox VALUES(304,'involvement','323335e1-a63b-4583-9d57-eb70d1e55f33');
INSERT INTO outbox VALUES(305,'case','3f07fb26-3ea6-4040-b3e7-3da789af7011');
INSERT INTO outbox VALUES(306,'track_change','17c73536-7a95-41f6-bd43-b483b75400e6');
INSERT INTO outbox VALUES(307,'journal','726ed5da-0966-403e-a3a2-589b1941795e');
INSERT INTO outbox VALUES(308,'journal','7be008b8-e176-4d73-982e-22c6bbae1485');
INSERT INTO outbox VALUES(309,'journal','33dab53b-da52-46e6-8578-536d9b80586f');
INSERT INTO outbox VALUES(310,'journal','391d3193-6a92-4a38-ae44-96417c6b15ae');
INSERT INTO outbox VALUES(311,'journal','1647be8d-7769-408b-bb1e-376dfe3910b0');
INSERT INTO outbox VALUES(312,'journal','7780eed3-edc3-4e9a-8d31-af30bf7e42bd');
INSERT INTO outbox VALUES(313,'journal','21460d49-7cd8-423f-a4d6-9c5923e873fd');
INSERT INTO outbox VALUES(314,'journal','470c2e85-7225-4fc3-9dc9-c415e6d83ec8');
INSERT INTO outbox VALUES(315,'assessment','6df137b3-66f0-47b2-8ca0-e9a218fbb029');
INSERT INTO outbox VALUES(316,'assessment','f2dcc02b-ff8c-4f71-a06c-92cbcccbdf0c');
INSERT INTO outbox VALUES(317,'case','f053b63b-ef3c-4317-854c-02469debd45c');
INSERT INTO outbox VALUES(318,'track_change','a40a15ec-4c0e-4ebf-b841-2d46e7d14d81');
INSERT INTO outbox VALUES(319,'journal','baaf9777-4073-4bb6-b574-66485d367b55');
INSERT INTO outbox VALUES(320,'journal','f50f4f0d-ec58-4f5f-8244-aa8edc8fe528');
INSERT INTO outbox VALUES(321,'journal','db2a0e70-35c2-47d7-8681-c6c9cee50486');
INSERT INTO outbox VALUES(322,'journal','40934ace-add9-4330-a8d8-d4c294e48f76');
INSERT INTO outbox VALUES(323,'journal','f6c62a61-cf78-420b-ae33-4ffffcd0fa1f');
INSERT INTO outbox VALUES(324,'journal','3afcd6ae-3ee8-4fce-8107-b144c71d5510');
INSERT INTO outbox VALUES(325,'journal','6571d631-3dbd-47c6-a99b-d8b5e247aa82');
INSERT INTO outbox VALUES(326,'assessment','a454acf9-b2c9-415e-a639-7cb7ecf8018f');
INSERT INTO outbox VALUES(327,'assessment','9939026b-5f0a-4e42-a47e-59a48310e7fb');
INSERT INTO outbox VALUES(328,'action','1b38217c-1de5-4580-852c-01e4495d306e');
INSERT INTO outbox VALUES(329,'involvement','dfb3f5d1-77bd-4fcb-8f4d-fc2e3a248e55');
INSERT INTO outbox VALUES(330,'involvement','72e3f717-2df5-440e-8bf5-1570423977b7');
INSERT INTO outbox VALUES(331,'case','5aa9d11d-a8f5-4392-8980-5b7eaac1bc12');
INSERT INTO outbox VALUES(332,'journal','e945838c-5816-420f-a5ff-c27fe24abab7');
INSERT INTO outbox VALUES(333,'journal','c919b1ca-2610-484d-a1e8-7ae5c45a3b18');
INSERT INTO outbox VALUES(334,'journal','9584421f-b886-4a61-88b0-04c3a5ac2bb4');
INSERT INTO outbox VALUES(335,'journal','17495f9a-d3ca-49d9-a50a-36d26e2f2168');
INSERT INTO outbox VALUES(336,'assessment','09366bd8-e330-4a87-a76f-91bba7c76c45');
INSERT INTO outbox VALUES(337,'assessment','c98af804-794e-4883-a8b1-4f03a03b3618');
INSERT INTO outbox VALUES(338,'action','e06676f3-a592-44f8-bd8f-f86641fab3fd');
INSERT INTO outbox VALUES(339,'action','28dc24e7-0158-42e8-82ff-025ad74e1836');
INSERT INTO outbox VALUES(340,'action','b1e2ae8d-3118-4b50-b7f3-1712247c5064');
INSERT INTO outbox VALUES(341,'involvement','6ca29947-398e-4f93-9205-9fca0d0e69e6');
INSERT INTO outbox VALUES(342,'case','fa965a8d-d8ba-4236-85b6-345ab9c4672c');
INSERT INTO outbox VALUES(343,'track_change','a0dd735a-ad94-42c1-92ca-fc8acab91e5d');
INSERT INTO outbox VALUES(344,'journal','5ef43860-ae45-4288-b3dd-ab4e244ceced');
INSERT INTO outbox VALUES(345,'journal','78976c33-1c2f-47f0-8467-faf7d4ba942c');
INSERT INTO outbox VALUES(346,'journal','9b6ddc4c-c191-4a3a-8bf0-5b157f1d5fe6');
INSERT INTO outbox VALUES(347,'journal','8404d886-dab7-4d06-b7d5-55ded997afd2');
INSERT INTO outbox VALUES(348,'assessment','31da3add-c212-48bd-925a-d7f54a4e3c24');
INSERT INTO outbox VALUES(349,'assessment','c5beca0b-4298-4a1f-95af-a46d9bd7fb54');
INSERT INTO outbox VALUES(350,'assessment','fd55ff97-8f8a-4570-809b-307fe3970de8');
INSERT INTO outbox VALUES(351,'action','7e1b9f05-4935-44b2-a2d8-e30022ade4b0');
INSERT INTO outbox VALUES(352,'action','7e1b9f05-4935-44b2-a2d8-e30022ade4b0');
INSERT INTO outbox VALUES(353,'action','0301e9b7-65d1-4abd-8467-33e663fd7767');
INSERT INTO outbox VALUES(354,'action','ddd0f01f-5c2a-45e2-a0b6-6bbb7d649e1c');
INSERT INTO outbox VALUES(355,'action','ddd0f01f-5c2a-45e2-a0b6-6bbb7d649e1c');
INSERT INTO outbox VALUES(356,'involvement','0327e806-3c9a-443c-94fe-682ccfeaa546');
INSERT INTO outbox VALUES(357,'case','2ac6c2e0-0038-4cc4-a9c3-7ca0186f4328');
INSERT INTO outbox VALUES(358,'track_change','661b3b1c-605a-4e41-a6d0-4a390c598d7d');
INSERT INTO outbox VALUES(359,'journal','fe534a0d-fb84-404c-8d9d-750fe4b5889e');
INSERT INTO outbox VALUES(360,'journal','7bf6f5d9-9e6d-4d51-b22a-11bc125fc2f7');
INSERT INTO outbox VALUES(361,'journal','9ee43bcb-5419-421d-a634-7728a675f5c2');
INSERT INTO outbox VALUES(362,'journal','09f8fd20-cdaa-454b-9a75-2293c0bf5b3d');
INSERT INTO outbox VALUES(363,'journal','763f18bc-1a5b-444a-8768-db01f4b9ab39');
INSERT INTO outbox VALUES(364,'journal','4c1660a4-0952-4249-9faa-05b9b6e750ca');
INSERT INTO outbox VALUES(365,'journal','6251d502-857b-47bb-8913-c046bd846584');
INSERT INTO outbox VALUES(366,'assessment','66659500-7e52-4421-a106-a4faec1a218f');
INSERT INTO outbox VALUES(367,'assessment','72fa7fe6-83ba-4a47-a839-c90dbc35c44a');
INSERT INTO outbox VALUES(368,'assessment','18b2eb47-0229-484b-bf33-bf38b518dfb3');
INSERT INTO outbox VALUES(369,'action','211ce69a-5411-40d9-8020-7cfe59f6215e');
INSERT INTO outbox VALUES(370,'action','211ce69a-5411-40d9-8020-7cfe59f6215e');
INSERT INTO outbox VALUES(371,'action','cb38c3fb-b0fd-40c9-b8d7-c047fca9862c');
INSERT INTO outbox VALUES(372,'action','cb38c3fb-b0fd-40c9-b8d7-c047fca9862c');
INSERT INTO outbox VALUES(373,'case','5f06c60d-5aa7-43e0-a3d7-cf4e11050be2');
INSERT INTO outbox VALUES(374,'track_change','44956358-df47-4429-b44c-071165af613b');
INSERT INTO outbox VALUES(375,'journal','7daaead6-049e-4bf3-bf36-15b12c62658b');
INSERT INTO outbox VALUES(376,'journal','daa094ff-2b1e-4004-ba87-e77abea61f4f');
INSERT INTO outbox VALUES(377,'journal','8172a6c8-7f7c-4103-a81d-f1873e263b20');
INSERT INTO outbox VALUES(378,'journal','b8b6cc73-81c1-4956-80a1-ac5c08433279');
INSERT INTO outbox VALUES(379,'journal','8b1a1051-8bd2-4d8c-811a-ad25b262c3a5');
INSERT INTO outbox VALUES(380,'journal','154d2a70-0ffd-4f39-a4dc-b3a2be010c76');
INSERT INTO outbox VALUES(381,'assessment','b1b7204e-bd6c-44d9-a97c-ea4e4878e25d');
INSERT INTO outbox VALUES(382,'assessment','3049c8b1-def1-4764-bce4-6b0f55e00c18');
INSERT INTO outbox VALUES(383,'assessment','f1f34bce-bf4f-4fd3-b2d2-059949207651');
INSERT INTO outbox VALUES(384,'action','32681151-8b05-4e92-b3b4-4d3673927d93');
INSERT INTO outbox VALUES(385,'action','32681151-8b05-4e92-b3b4-4d3673927d93');
INSERT INTO outbox VALUES(386,'involvement','fc314f5c-0fcc-4ff7-9b94-bea4908f5dbe');
INSERT INTO outbox VALUES(387,'case','3810a8da-486b-4dbb-969c-06d2bdbf5007');
INSERT INTO outbox VALUES(388,'track_change','5ff3abb0-4c59-446b-84c3-b1f0774b3c3c');
INSERT INTO outbox VALUES(389,'journal','bd66e90a-ce24-4d83-9c8d-7075ad94de27');
INSERT INTO outbox VALUES(390,'journal','816d6137-bbc5-4aac-9b7a-a1a7b7715f5a');
INSERT INTO outbox VALUES(391,'journal','b40753f9-f7d0-49e5-ab44-d6cd7bb8fd42');
INSERT INTO outbox VALUES(392,'journal','c4bee13a-42e8-4e49-ae2a-67c930bc70c6');
INSERT INTO outbox VALUES(393,'journal','e3fa8489-dd38-4368-a797-084a4ee4c651');
INSERT INTO outbox VALUES(394,'journal','d1e16ffa-acf6-4b32-ba71-e0094c60a5b0');
INSERT INTO outbox VALUES(395,'journal','36e07519-5e41-4113-8238-02e115aba012');
INSERT INTO outbox VALUES(396,'journal','00d46ff7-7f98-4b84-86db-bbda51082767');
INSERT INTO outbox VALUES(397,'assessment','4200ae7e-995a-46b1-a441-63a950e13d68');
INSERT INTO outbox VALUES(398,'assessment','c6aea21f-4721-4338-8c8f-c32c3eeb8e47');
INSERT INTO outbox VALUES(399,'assessment','224fa2e7-04bd-4386-a1a7-7856512f8741');
INSERT INTO outbox VALUES(400,'case','3810a8da-486b-4dbb-969c-06d2bdbf5007');
INSERT INTO outbox VALUES(401,'track_change','fe558c6d-abe7-43d4-bd4c-35127eda4306');
INSERT INTO outbox VALUES(402,'case','1c6427fa-2ccf-40b4-9659-2a7202b6d1db');
INSERT INTO outbox VALUES(403,'journal','06926c45-bf69-4900-b185-17dd399428a8');
INSERT INTO outbox VALUES(404,'assessment','0fd1e044-a3d3-47c7-9702-7f13e4624e97');
INSERT INTO outbox VALUES(405,'action','30a5b71b-b70b-45cc-ba49-aa6eea890f43');
INSERT INTO outbox VALUES(406,'action','880a8593-140a-470a-80ab-4b1d76a1b0a6');
INSERT INTO outbox VALUES(407,'action','b3a9f653-9e41-41b3-b27d-70ff4144bc8a');
INSERT INTO outbox VALUES(408,'involvement','542c06bb-e30b-481c-b70e-1c608c3e3183');
INSERT INTO outbox VALUES(409,'case','cf88d1e7-c9aa-42d1-8cc5-b1c5a7e75110');
INSERT INTO outbox VALUES(410,'track_change','b32fefb9-dd88-462e-9a71-16ca672cf3ee');
INSERT INTO outbox VALUES(411,'journal','ea3e84a2-6356-4609-8768-b76212caef04');
INSERT INTO outbox VALUES(412,'journal','b4e886e3-6175-4515-a90f-6124dffeadf2');
INSERT INTO outbox VALUES(413,'journal','6412a284-a2e5-4d2d-9c9e-9728c5de6292');
INSERT INTO outbox VALUES(414,'journal','bb76ddb7-e2e6-4bf3-a33f-250a3a3ad72f');
INSERT INTO outbox VALUES(415,'journal','535432bb-8011-49f6-809b-be8089f29c85');
INSERT INTO outbox VALUES(416,'assessment','ff44a175-67d6-470e-9c3a-015c2c82257e');
INSERT INTO outbox VALUES(417,'assessment','4d008552-8c0f-4138-a9ed-056f10a9290d');
INSERT INTO outbox VALUES(418,'action','02093748-bc1e-47b5-ac42-82bd5e27d622');
INSERT INTO outbox VALUES(419,'case','66c49502-d360-4e68-a968-7b31db77b58e');
INSERT INTO outbox VALUES(420,'track_change','5e13f27c-11ab-4e1e-ac6d-c76b15323b83');
INSERT INTO outbox VALUES(421,'journal','aca056a6-a3d0-479b-8679-eb40e7646134');
INSERT INTO outbox VALUES(422,'journal','d7932f78-6e61-4d07-8611-b3a778b6dd49');
INSERT INTO outbox VALUES(423,'journal','2af8284c-b445-4fc9-b841-d80f7a519e72');
INSERT INTO outbox VALUES(424,'journal','34000f47-bafa-4608-b6d7-9c133f1751b8');
INSERT INTO outbox VALUES(425,'journal','f9c8b07e-2604-41b0-ae62-ba22daef8535');
INSERT INTO outbox VALUES(426,'journal','293143f5-d17c-4a95-b50c-1afc0b40eb85');
INSERT INTO outbox VALUES(427,'journal','a9ba4344-c30b-4045-b602-4e9ae36876d8');
INSERT INTO outbox VALUES(428,'assessment','65efc7f5-6d71-484d-bb34-7948605a41e0');
INSERT INTO outbox VALUES(429,'assessment','9038941d-4bd1-4dae-84d3-d09300fa7922');
INSERT INTO outbox VALUES(430,'assessment','7e4db5ec-7eb9-48e2-a484-56db90280f3e');
INSERT INTO outbox VALUES(431,'action','d826cc85-729a-4a5a-b02b-2a411f2f5a1b');
INSERT INTO outbox VALUES(432,'action','d826cc85-729a-4a5a-b02b-2a411f2f5a1b');
INSERT INTO outbox VALUES(433,'action','89363fae-5647-42b5-9c23-9fdd6dde8038');
INSERT INTO outbox VALUES(434,'action','89363fae-5647-42b5-9c23-9fdd6dde8038');
INSERT INTO outbox VALUES(435,'involvement','4ff07a16-2d7a-46fb-ab3a-3f9f81617238');
INSERT INTO outbox VALUES(436,'case','662b6682-352a-4316-82b1-5f44617db2af');
INSERT INTO outbox VALUES(437,'track_change','49f47f2c-6e96-4cbc-a58e-e7d35aeac740');
INSERT INTO outbox VALUES(438,'journal','322cf054-11af-4c3e-9f82-e35122ec8538');
INSERT INTO outbox VALUES(439,'journal','c004e969-6050-46b9-af84-a3e14dda0c90');
INSERT INTO outbox VALUES(440,'journal','2c693269-6c53-435c-bb50-9ff7d806c255');
INSERT INTO outbox VALUES(441,'journal','3c32d13f-4ab5-4fbd-bced-436a64a5811e');
INSERT INTO outbox VALUES(442,'journal','85bb7ca6-b921-4a3d-8b59-dbcffdd1de9c');
INSERT INTO outbox VALUES(443,'journal','c3b0309b-188f-4f3c-a57d-ca59f016e1e0');
INSERT INTO outbox VALUES(444,'journal','46fbfae2-99ed-4765-b87a-893250b918b6');
INSERT INTO outbox VALUES(445,'assessment','ac961fe8-720a-4d03-bcf2-fa7d429f9d8d');
INSERT INTO outbox VALUES(446,'assessment','0a458976-ef5f-41bc-b339-fb7980e00dc2');
INSERT INTO outbox VALUES(447,'assessment','86407152-5aa8-4c9c-8557-4ef72665186d');
INSERT INTO outbox VALUES(448,'case','e15391cd-9fc4-4257-8e69-7d14bd57e8da');
INSERT INTO outbox VALUES(449,'track_change','0c77f5aa-29f9-4a59-a6a2-e29babaeefc9');
INSERT INTO outbox VALUES(450,'journal','bfe4a03d-6c30-4109-9b38-a602cb0ed393');
INSERT INTO outbox VALUES(451,'journal','8aea60a6-a6b3-4181-b2e0-b9fbf779a5f7');
INSERT INTO outbox VALUES(452,'journal','5f1a693e-d65f-47b6-abad-7cc4bdb60cac');
INSERT INTO outbox VALUES(453,'journal','23455c4e-b578-44a4-80f3-1e9128068e39');
INSERT INTO outbox VALUES(454,'journal','874151e4-f019-444b-9daa-d64229b332e1');
INSERT INTO outbox VALUES(455,'journal','4a31436e-a1e5-4d7d-9e57-11171de8495f');
INSERT INTO outbox VALUES(456,'journal','323a8542-67fd-440f-b227-b45b76511be6');
INSERT INTO outbox VALUES(457,'journal','8ad357f1-6973-45d1-901d-a7afdfc2de25');
INSERT INTO outbox VALUES(458,'assessment','2ff3eceb-7ebe-4e77-a7e4-5e7954c7cbeb');
INSERT INTO outbox VALUES(459,'assessment','eabb3024-87c7-417c-a5a7-a73ffdf42c01');
INSERT INTO outbox VALUES(460,'assessment','b2c7091d-469c-4a41-9973-7e176fd1cdcb');
INSERT INTO outbox VALUES(461,'action','bbc03563-365e-4374-8a4b-cd0817d87064');
INSERT INTO outbox VALUES(462,'action','37642671-b4eb-4785-ae2b-b038cf293409');
INSERT INTO outbox VALUES(463,'action','37642671-b4eb-4785-ae2b-b038cf293409');
INSERT INTO outbox VALUES(464,'involvement','40411d70-2de5-4c76-bb78-ff10968cf4ea');
INSERT INTO outbox VALUES(465,'involvement','19f02931-3ea0-4b1b-868d-00237dc8360f');
INSERT INTO outbox VALUES(466,'case','e15391cd-9fc4-4257-8e69-7d14bd57e8da');
INSERT INTO outbox VALUES(467,'track_change','27dfa93b-fa44-4eac-809a-ce8bef8e1f42');
INSERT INTO outbox VALUES(468,'case','76f35da4-5438-4c88-b49c-ac801b1463a3');
INSERT INTO outbox VALUES(469,'track_change','deb6f22c-6853-4874-aaa1-2cc7c146143e');
INSERT INTO outbox VALUES(470,'journal','8e5563fd-7cf7-482a-b16e-05e3869d386d');
INSERT INTO outbox VALUES(471,'journal','d9e4b2c0-e242-48b8-a016-440532d8d03e');
INSERT INTO outbox VALUES(472,'assessment','4ba55962-beff-467e-98a3-a8ced3499790');
INSERT INTO outbox VALUES(473,'assessment','2a140276-158a-4f19-a391-77b392788842');
INSERT INTO outbox VALUES(474,'assessment','c760fdde-3dc1-40fa-8ffa-b7e9dd77dd98');
INSERT INTO outbox VALUES(475,'action','7cbed6b4-4002-4f7c-95ee-d7daaa711a7f');
INSERT INTO outbox VALUES(476,'action','7cbed6b4-4002-4f7c-95ee-d7daaa711a7f');
INSERT INTO outbox VALUES(477,'involvement','b3a8f11f-a966-4a08-ba78-a25e79a56d9f');
INSERT INTO outbox VALUES(478,'involvement','c2a73c78-501d-4869-a036-c6235262e337');
INSERT INTO outbox VALUES(479,'case','76f35da4-5438-4c88-b49c-ac801b1463a3');
INSERT INTO outbox VALUES(480,'track_change','ebc184e8-91ef-4e2f-9d2b-e6944685e1b3');
INSERT INTO outbox VALUES(481,'case','4dd5e5f0-2a2b-4cda-b494-82b74b531e55');
INSERT INTO outbox VALUES(482,'track_change','43935dbc-abca-4dd2-a0d9-afd5cabbe3c5');
INSERT INTO outbox VALUES(483,'journal','d5601bdb-d36b-4383-942e-d6652524514f');
INSERT INTO outbox VALUES(484,'journal','382ec1e4-1ca3-4e84-b6bb-d0a90cd27b50');
INSERT INTO outbox VALUES(485,'journal','405f6c4f-245a-41b7-9826-2a04723a0a07');
INSERT INTO outbox VALUES(486,'journal','ea1d80e8-f9cc-4aa9-88ea-3dcbf839a646');
INSERT INTO outbox VALUES(487,'assessment','8f8a7bf6-26e1-46e1-a5c3-3c2c53bd7342');
INSERT INTO outbox VALUES(488,'assessment','60f4dc6c-2b24-4f94-9a91-69f407fe6f21');
INSERT INTO outbox VALUES(489,'assessment','e9e980ca-eb3f-4ce3-9ace-17a4bed7ba63');
INSERT INTO outbox VALUES(490,'action','9c558ad3-056f-4ba8-90c9-d61b3d91dd05');
INSERT INTO outbox VALUES(491,'action','9c558ad3-056f-4ba8-90c9-d61b3d91dd05');
INSERT INTO outbox VALUES(492,'offer','1a8d7bdc-c6d2-47a8-8b7c-76920eacb506');
INSERT INTO outbox VALUES(493,'session','fb8b5027-b512-48d1-9f7f-bd90fbc9a978');
INSERT INTO outbox VALUES(494,'session','2cc0e98d-61f1-4e9f-ab6d-53c3ddb3cc4d');
INSERT INTO outbox VALUES(495,'session','067ea0a8-ce63-4aa6-b5c8-769de8f9c285');
INSERT INTO outbox VALUES(496,'session','d634690e-303e-4e46-ac98-06e187f77b40');
INSERT INTO outbox VALUES(497,'session','04d27729-0ad1-4ee2-912a-657818a7186a');
INSERT INTO outbox VALUES(498,'session','cfd97575-d6fe-4f1c-9ab0-48f04c84796f');
INSERT INTO outbox VALUES(499,'session','7f08af56-d29e-400e-8289-3d111a2fc188');
INSERT INTO outbox VALUES(500,'session','0e0fa6fa-5881-41db-8637-557148bb6eaf');
INSERT INTO outbox VALUES(501,'offer','d6c3ad48-f542-427f-9a17-8f88302ad963');
INSERT INTO outbox VALUES(502,'session','4cf6ce4a-0ab2-42e4-a25f-529e31d9c90b');
INSERT INTO outbox VALUES(503,'session','d6173313-310c-4dad-8439-37bd9352bcac');
INSERT INTO outbox VALUES(504,'session','e46c1c64-5c82-4e52-a6dc-72fa9a7b0b26');
INSERT INTO outbox VALUES(505,'session','8c4d7584-c22d-4879-8667-92df8385f542');
INSERT INTO outbox VALUES(506,'session','b7212634-c103-4eaf-9dc7-b349ef379aed');
INSERT INTO outbox VALUES(507,'session','74233b4f-4c77-48e2-8e44-2eb9976ec103');
INSERT INTO outbox VALUES(508,'offer','2cf88667-6c16-4f9c-b9d2-c153406f26b0');
INSERT INTO outbox VALUES(509,'session','da76483b-5652-4b5e-a09f-40d8064ad5f9');
INSERT INTO outbox VALUES(510,'session','cac3dd39-600d-4200-b423-16a7b3309d81');
INSERT INTO outbox VALUES(511,'session','d16e3f90-1c4d-4015-94ba-4a8dc8b78e89');
INSERT INTO outbox VALUES(512,'session','848010fc-6e9a-499e-bb90-11ca3aeae667');
INSERT INTO outbox VALUES(513,'offer','91fed25b-f65c-4cbe-bc3c-81eb291c31f6');
INSERT INTO outbox VALUES(514,'session','23510031-6576-442c-945a-c18801a400a0');
INSERT INTO outbox VALUES(515,'session','cf0ee01b-71a1-44c9-b34c-60666e91e74d');
INSERT INTO outbox VALUES(516,'session','14618946-daae-41bb-a85c-c2e5356ab52a');
INSERT INTO outbox VALUES(517,'session','16cba755-ebf2-4e57-9ae8-c5c5a036ea39');
INSERT INTO outbox VALUES(518,'enrolment','4fa1cfbc-8dd9-436c-bf30-5a6e94ced136');
INSERT INTO outbox VALUES(519,'journal','7e39808a-ffcd-5cc6-9b8b-feed376c3170');
INSERT INTO outbox VALUES(520,'enrolment','4fa1cfbc-8dd9-436c-bf30-5a6e94ced136');
INSERT INTO outbox VALUES(521,'journal','b5f823d7-6991-533a-b6d7-dac5ad61ef40');
INSERT INTO outbox VALUES(522,'enrolment','0cf0cec5-d0a1-4d5e-a69b-5e755f37f295');
INSERT INTO outbox VALUES(523,'journal','0cce15f9-54ee-5f90-a2ea-7cfccbcebad6');
INSERT INTO outbox VALUES(524,'enrolment','0cf0cec5-d0a1-4d5e-a69b-5e755f37f295');
INSERT INTO outbox VALUES(525,'journal','474da0ca-fb6c-5231-8600-fc8e44d0c93a');
INSERT INTO outbox VALUES(526,'enrolment','e46e6018-3259-406f-8293-ce8d9d01b909');
INSERT INTO outbox VALUES(527,'journal','7d8c751f-5b87-5e2f-ad31-807f8763971b');
INSERT INTO outbox VALUES(528,'enrolment','e46e6018-3259-406f-8293-ce8d9d01b909');
INSERT INTO outbox VALUES(529,'journal','3f6d1f15-135b-580e-bc15-09afbaa2ad52');
INSERT INTO outbox VALUES(530,'enrolment','a09f83c4-65f0-4620-8b3f-12cebf2d15ce');
INSERT INTO outbox VALUES(531,'journal','8b2228b8-d1a1-57a4-8195-30a2658610ad');
INSERT INTO outbox VALUES(532,'enrolment','a09f83c4-65f0-4620-8b3f-12cebf2d15ce');
INSERT INTO outbox VALUES(533,'journal','b79e10e1-476c-5771-a704-6ff9d536332c');
INSERT INTO outbox VALUES(534,'enrolment','c22e722b-a72d-45cd-ace4-e4760cf42524');
INSERT INTO outbox VALUES(535,'journal','35d1fbf6-6209-532a-8030-b27bd1996487');
INSERT INTO outbox VALUES(536,'enrolment','c22e722b-a72d-45cd-ace4-e4760cf42524');
INSERT INTO outbox VALUES(537,'journal','4b38d0bb-311b-5fe3-b32c-3282f7dfd5b7');
INSERT INTO outbox VALUES(538,'enrolment','3d4b6daa-ab8e-4396-9781-134828febd6c');
INSERT INTO outbox VALUES(539,'journal','b38cb802-0b9e-5781-bc83-2f9c32f134aa');
INSERT INTO outbox VALUES(540,'enrolment','3d4b6daa-ab8e-4396-9781-134828febd6c');
INSERT INTO outbox VALUES(541,'journal','a18a1077-eb23-5a49-b0bf-18ce4d3f07fe');
INSERT INTO outbox VALUES(542,'enrolment','1474c89c-885b-43b1-9e9d-1e2b96327c5f');
INSERT INTO outbox VALUES(543,'journal','b2a84ab8-8adb-55d0-81ba-5cbbdb0c0986');
INSERT INTO outbox VALUES(544,'enrolment','1474c89c-885b-43b1-9e9d-1e2b96327c5f');
INSERT INTO outbox VALUES(545,'journal','2a827951-759b-50a4-9860-a7b61f6b4709');
INSERT INTO outbox VALUES(546,'enrolment','71ea15bd-fed6-4631-9bd3-55a4e99e660f');
INSERT INTO outbox VALUES(547,'journal','bb42d229-f0ba-583e-ad5a-28474c2521f5');
INSERT INTO outbox VALUES(548,'enrolment','71ea15bd-fed6-4631-9bd3-55a4e99e660f');
INSERT INTO outbox VALUES(549,'journal','483a7d80-28cd-53e3-9488-59e15c120ef4');
INSERT INTO outbox VALUES(550,'enrolment','6a7e3ee1-521d-4e50-94bf-6c2e364463eb');
INSERT INTO outbox VALUES(551,'journal','d83487c9-967f-5bff-a5e4-b02e54e1b724');
INSERT INTO outbox VALUES(552,'enrolment','6a7e3ee1-521d-4e50-94bf-6c2e364463eb');
INSERT INTO outbox VALUES(553,'journal','88f00592-5c0b-5eb1-a389-32a18b304d22');
INSERT INTO outbox VALUES(554,'enrolment','406d6293-3d2d-419a-a7e0-a734bcb68da3');
INSERT INTO outbox VALUES(555,'journal','d5fa2abe-e95d-5fc9-97e6-af23b74dd49f');
INSERT INTO outbox VALUES(556,'enrolment','2aa6b73b-940b-4cf9-9b11-17c589bdd9a0');
INSERT INTO outbox VALUES(557,'journal','f9173e5d-3e21-522e-9e48-a98edcf4440f');
INSERT INTO outbox VALUES(558,'enrolment','f5d67e74-1ba2-447c-8bf9-bcbde7109739');
INSERT INTO outbox VALUES(559,'journal','a189efee-a1cb-5818-b36f-5c5b577072dc');
CREATE TABLE outbox_sending (
  uuid TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  client_change_id TEXT NOT NULL UNIQUE,
  payload TEXT NOT NULL,
  upto INTEGER NOT NULL
);
CREATE TABLE sync_conflicts (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  uuid TEXT NOT NULL,
  case_uuid TEXT,
  field TEXT NOT NULL,
  server_value TEXT,
  local_value TEXT,
  UNIQUE (uuid, field)
);
CREATE TABLE sync_problems (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  uuid TEXT NOT NULL,
  case_uuid TEXT,
  message TEXT NOT NULL
, code TEXT, field TEXT);
CREATE TABLE sync_pending (uuid TEXT PRIMARY KEY, case_uuid TEXT NOT NULL, envelope TEXT NOT NULL);
CREATE TABLE shares (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_id INTEGER NOT NULL REFERENCES cases (id),
  organisation TEXT NOT NULL,
  parts TEXT NOT NULL,
  consent_date TEXT NOT NULL,
  consent_given_to TEXT NOT NULL,
  consent_form TEXT NOT NULL,
  end_date TEXT NOT NULL,
  team_contact TEXT NOT NULL,
  withdrawn_at TEXT,
  withdrawn_reason TEXT
);
CREATE TABLE partner_notes (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_uuid TEXT NOT NULL,
  organisation TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE TABLE shared_cases (
  case_uuid TEXT PRIMARY KEY,
  organisation TEXT NOT NULL,
  parts TEXT NOT NULL,
  end_date TEXT NOT NULL,
  team_contact TEXT,
  document TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE TABLE audit_outbox (id INTEGER PRIMARY KEY, case_uuid TEXT NOT NULL, opened_at TEXT NOT NULL);
CREATE TABLE offers (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  kind TEXT NOT NULL DEFAULT 'other',
  target_group TEXT,
  description TEXT,
  trainer TEXT,
  partner TEXT,
  buurt_code TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity >= 1),
  status TEXT NOT NULL DEFAULT 'draft',
  first_date TEXT,
  last_date TEXT
);
INSERT INTO offers VALUES(1,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506',1,'2026-12-05T18:41:04.673714Z','Demo buurtteam','2026-12-05T18:41:04.673714Z','Demo buurtteam',0,'Taalcursus Nederlands (A1–A2)','language','Bewoners die Nederlands willen leren','Acht ochtenden Nederlands voor het dagelijks leven: gesprekken, brieven, formulieren.','Anja Hermans','Vista college','BU09172100',12,'open','2026-11-24','2027-01-12');
INSERT INTO offers VALUES(2,'d6c3ad48-f542-427f-9a17-8f88302ad963',1,'2026-12-05T18:41:04.674302Z','Demo buurtteam','2026-12-05T18:41:04.674302Z','Demo buurtteam',0,'Digitale vaardigheden','digital','Wie moeite heeft met DigiD, e-mail en online formulieren','Werken met de computer en de telefoon: DigiD, Mijn Overheid, e-mail, online solliciteren.','Ruud Janssen','Bibliotheek Heerlen','BU09173202',10,'running','2026-11-19','2026-12-24');
INSERT INTO offers VALUES(3,'2cf88667-6c16-4f9c-b9d2-c153406f26b0',1,'2026-12-05T18:41:04.674526Z','Demo buurtteam','2026-12-05T18:41:04.674526Z','Demo buurtteam',0,'Sollicitatietraining','job_application','Werkzoekenden op het werktraject','Cv, motivatiebrief en gesprekken oefenen, samen met werkgevers uit Parkstad.','Anja Hermans','WSP Parkstad','BU09172100',8,'open','2026-12-02','2026-12-23');
INSERT INTO offers VALUES(4,'91fed25b-f65c-4cbe-bc3c-81eb291c31f6',1,'2026-12-05T18:41:04.674614Z','Demo buurtteam','2026-12-05T18:41:04.674614Z','Demo buurtteam',0,'Oriëntatie op werken in de zorg','sector','Bewoners die in de zorg willen werken','Meelopen en kennismaken met werk in de zorg, met een stageplek als vervolg.','Marieke Vossen','Zuyderland','BU09173602',12,'open','2026-12-07','2026-12-21');
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  offer_uuid TEXT NOT NULL,
  date TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL CHECK (end_time > start_time),
  place_uuid TEXT,
  place_name TEXT,
  trainer TEXT
);
INSERT INTO sessions VALUES(1,'fb8b5027-b512-48d1-9f7f-bd90fbc9a978',1,'2026-12-05T18:41:04.674022Z','Demo buurtteam','2026-12-05T18:41:04.674022Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','2026-11-24','09:30','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(2,'2cc0e98d-61f1-4e9f-ab6d-53c3ddb3cc4d',1,'2026-12-05T18:41:04.674067Z','Demo buurtteam','2026-12-05T18:41:04.674067Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','2026-12-01','09:30','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(3,'067ea0a8-ce63-4aa6-b5c8-769de8f9c285',1,'2026-12-05T18:41:04.674077Z','Demo buurtteam','2026-12-05T18:41:04.674077Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','2026-12-08','09:30','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(4,'d634690e-303e-4e46-ac98-06e187f77b40',1,'2026-12-05T18:41:04.674087Z','Demo buurtteam','2026-12-05T18:41:04.674087Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','2026-12-15','09:30','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(5,'04d27729-0ad1-4ee2-912a-657818a7186a',1,'2026-12-05T18:41:04.674095Z','Demo buurtteam','2026-12-05T18:41:04.674095Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','2026-12-22','09:30','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(6,'cfd97575-d6fe-4f1c-9ab0-48f04c84796f',1,'2026-12-05T18:41:04.674104Z','Demo buurtteam','2026-12-05T18:41:04.674104Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','2026-12-29','09:30','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(7,'7f08af56-d29e-400e-8289-3d111a2fc188',1,'2026-12-05T18:41:04.674111Z','Demo buurtteam','2026-12-05T18:41:04.674111Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','2027-01-05','09:30','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(8,'0e0fa6fa-5881-41db-8637-557148bb6eaf',1,'2026-12-05T18:41:04.674202Z','Demo buurtteam','2026-12-05T18:41:04.674202Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','2027-01-12','09:30','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(9,'4cf6ce4a-0ab2-42e4-a25f-529e31d9c90b',1,'2026-12-05T18:41:04.674369Z','Demo buurtteam','2026-12-05T18:41:04.674369Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','2026-11-19','13:30','15:30','b240617b-2c4e-49ac-92e0-b2fce92ac898','Ontmoetingscentrum MSP','Ruud Janssen');
INSERT INTO sessions VALUES(10,'d6173313-310c-4dad-8439-37bd9352bcac',1,'2026-12-05T18:41:04.674384Z','Demo buurtteam','2026-12-05T18:41:04.674384Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','2026-11-26','13:30','15:30','b240617b-2c4e-49ac-92e0-b2fce92ac898','Ontmoetingscentrum MSP','Ruud Janssen');
INSERT INTO sessions VALUES(11,'e46c1c64-5c82-4e52-a6dc-72fa9a7b0b26',1,'2026-12-05T18:41:04.674392Z','Demo buurtteam','2026-12-05T18:41:04.674392Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','2026-12-03','13:30','15:30','b240617b-2c4e-49ac-92e0-b2fce92ac898','Ontmoetingscentrum MSP','Ruud Janssen');
INSERT INTO sessions VALUES(12,'8c4d7584-c22d-4879-8667-92df8385f542',1,'2026-12-05T18:41:04.674401Z','Demo buurtteam','2026-12-05T18:41:04.674401Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','2026-12-10','13:30','15:30','b240617b-2c4e-49ac-92e0-b2fce92ac898','Ontmoetingscentrum MSP','Ruud Janssen');
INSERT INTO sessions VALUES(13,'b7212634-c103-4eaf-9dc7-b349ef379aed',1,'2026-12-05T18:41:04.674408Z','Demo buurtteam','2026-12-05T18:41:04.674408Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','2026-12-17','13:30','15:30','b240617b-2c4e-49ac-92e0-b2fce92ac898','Ontmoetingscentrum MSP','Ruud Janssen');
INSERT INTO sessions VALUES(14,'74233b4f-4c77-48e2-8e44-2eb9976ec103',1,'2026-12-05T18:41:04.674447Z','Demo buurtteam','2026-12-05T18:41:04.674447Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','2026-12-24','13:30','15:30','b240617b-2c4e-49ac-92e0-b2fce92ac898','Ontmoetingscentrum MSP','Ruud Janssen');
INSERT INTO sessions VALUES(15,'da76483b-5652-4b5e-a09f-40d8064ad5f9',1,'2026-12-05T18:41:04.674571Z','Demo buurtteam','2026-12-05T18:41:04.674571Z','Demo buurtteam',0,'2cf88667-6c16-4f9c-b9d2-c153406f26b0','2026-12-02','10:00','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(16,'cac3dd39-600d-4200-b423-16a7b3309d81',1,'2026-12-05T18:41:04.674579Z','Demo buurtteam','2026-12-05T18:41:04.674579Z','Demo buurtteam',0,'2cf88667-6c16-4f9c-b9d2-c153406f26b0','2026-12-09','10:00','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(17,'d16e3f90-1c4d-4015-94ba-4a8dc8b78e89',1,'2026-12-05T18:41:04.674589Z','Demo buurtteam','2026-12-05T18:41:04.674589Z','Demo buurtteam',0,'2cf88667-6c16-4f9c-b9d2-c153406f26b0','2026-12-16','10:00','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(18,'848010fc-6e9a-499e-bb90-11ca3aeae667',1,'2026-12-05T18:41:04.674598Z','Demo buurtteam','2026-12-05T18:41:04.674598Z','Demo buurtteam',0,'2cf88667-6c16-4f9c-b9d2-c153406f26b0','2026-12-23','10:00','12:00','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
INSERT INTO sessions VALUES(19,'23510031-6576-442c-945a-c18801a400a0',1,'2026-12-05T18:41:04.674651Z','Demo buurtteam','2026-12-05T18:41:04.674651Z','Demo buurtteam',0,'91fed25b-f65c-4cbe-bc3c-81eb291c31f6','2026-12-07','13:00','16:00','876f8d10-ad25-4870-8566-ca887ad6fe80','Zuyderland, leslokaal','Marieke Vossen');
INSERT INTO sessions VALUES(20,'cf0ee01b-71a1-44c9-b34c-60666e91e74d',1,'2026-12-05T18:41:04.674658Z','Demo buurtteam','2026-12-05T18:41:04.674658Z','Demo buurtteam',0,'91fed25b-f65c-4cbe-bc3c-81eb291c31f6','2026-12-14','13:00','16:00','876f8d10-ad25-4870-8566-ca887ad6fe80','Zuyderland, leslokaal','Marieke Vossen');
INSERT INTO sessions VALUES(21,'14618946-daae-41bb-a85c-c2e5356ab52a',1,'2026-12-05T18:41:04.674666Z','Demo buurtteam','2026-12-05T18:41:04.674666Z','Demo buurtteam',0,'91fed25b-f65c-4cbe-bc3c-81eb291c31f6','2026-12-21','13:00','16:00','876f8d10-ad25-4870-8566-ca887ad6fe80','Zuyderland, leslokaal','Marieke Vossen');
INSERT INTO sessions VALUES(22,'16cba755-ebf2-4e57-9ae8-c5c5a036ea39',1,'2026-12-05T18:41:04.674702Z','Demo buurtteam','2026-12-05T18:41:04.674702Z','Demo buurtteam',0,'2cf88667-6c16-4f9c-b9d2-c153406f26b0','2026-12-08','11:00','12:30','5780f0bb-05a3-4978-8ea0-dbf117e0b182','Buurthuis Passart','Anja Hermans');
CREATE TABLE enrolments (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  offer_uuid TEXT NOT NULL,
  case_uuid TEXT,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  phone TEXT,
  email TEXT,
  buurt_code TEXT,
  language_need TEXT NOT NULL DEFAULT 'none',
  status TEXT NOT NULL DEFAULT 'referred',
  referred_at TEXT NOT NULL,
  status_date TEXT,
  outcome TEXT
);
INSERT INTO enrolments VALUES(1,'4fa1cfbc-8dd9-436c-bf30-5a6e94ced136',2,'2026-12-05T18:41:04.674812Z','Demo buurtteam','2026-12-05T18:41:04.675228Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','b0eb0a5b-7d08-4a3c-812a-a3869a26fe0b','Thijs Schijns','06-86030948',NULL,'BU09171000','suspected','placed','2026-12-05T18:41:04.674812Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(2,'0cf0cec5-d0a1-4d5e-a69b-5e755f37f295',2,'2026-12-05T18:41:04.675461Z','Demo buurtteam','2026-12-05T18:41:04.675669Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','e05d8680-82a0-44b4-a0b8-49b867ba6ca0','Bas Dassen','06-38240764',NULL,'BU09172000','suspected','placed','2026-12-05T18:41:04.675461Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(3,'e46e6018-3259-406f-8293-ce8d9d01b909',2,'2026-12-05T18:41:04.675772Z','Demo buurtteam','2026-12-05T18:41:04.676172Z','Demo buurtteam',0,'1a8d7bdc-c6d2-47a8-8b7c-76920eacb506','3810a8da-486b-4dbb-969c-06d2bdbf5007','Rania Hamdan','06-64044867',NULL,'BU09171200','suspected','placed','2026-12-05T18:41:04.675772Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(4,'a09f83c4-65f0-4620-8b3f-12cebf2d15ce',2,'2026-12-05T18:41:04.676269Z','Demo buurtteam','2026-12-05T18:41:04.676358Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','45625aa7-0bce-4ca3-913b-628dba8aaefa','Bertha Brouwers','06-71382921','bertha.brouwers@voorbeeld.nl','BU09173300','none','placed','2026-12-05T18:41:04.676269Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(5,'c22e722b-a72d-45cd-ace4-e4760cf42524',2,'2026-12-05T18:41:04.676435Z','Demo buurtteam','2026-12-05T18:41:04.676522Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','4a3e4b99-3fe3-4f52-abd9-9cd3e1c8e5d1','Lieke Kurvers','06-53152159','lieke.kurvers73@voorbeeld.nl','BU09173103','none','placed','2026-12-05T18:41:04.676435Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(6,'3d4b6daa-ab8e-4396-9781-134828febd6c',2,'2026-12-05T18:41:04.676654Z','Demo buurtteam','2026-12-05T18:41:04.676756Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','f0bd9ed7-ed06-4bb0-b6e9-dcf7cec20b0e','Romy Crombach','06-86363530','romy.crombach@voorbeeld.nl','BU09174000','none','placed','2026-12-05T18:41:04.676654Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(7,'1474c89c-885b-43b1-9e9d-1e2b96327c5f',2,'2026-12-05T18:41:04.676892Z','Demo buurtteam','2026-12-05T18:41:04.676993Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','126cb4d1-1061-4728-9228-e68845225e30','Zeynep Doğan','06-64878851',NULL,'BU09172000','none','placed','2026-12-05T18:41:04.676892Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(8,'71ea15bd-fed6-4631-9bd3-55a4e99e660f',2,'2026-12-05T18:41:04.677063Z','Demo buurtteam','2026-12-05T18:41:04.677154Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','a41407f8-7087-4b85-b65f-b3c082f75240','Monique Crombach','06-50035627','monique.crombach88@voorbeeld.nl','BU09171200','none','placed','2026-12-05T18:41:04.677063Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(9,'6a7e3ee1-521d-4e50-94bf-6c2e364463eb',2,'2026-12-05T18:41:04.677233Z','Demo buurtteam','2026-12-05T18:41:04.677352Z','Demo buurtteam',0,'d6c3ad48-f542-427f-9a17-8f88302ad963','35276d85-7275-4578-b5c4-4c4103f0d25c','Rob Hamers','06-84463544','rob.hamers65@voorbeeld.nl','BU09171201','none','placed','2026-12-05T18:41:04.677233Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(10,'406d6293-3d2d-419a-a7e0-a734bcb68da3',1,'2026-12-05T18:41:04.677426Z','Demo buurtteam','2026-12-05T18:41:04.677426Z','Demo buurtteam',0,'2cf88667-6c16-4f9c-b9d2-c153406f26b0','afc72955-282c-49f0-89c2-50280c5f7d0b','Naima Bouzid','06-65938568',NULL,'BU09172400','none','referred','2026-12-05T18:41:04.677426Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(11,'2aa6b73b-940b-4cf9-9b11-17c589bdd9a0',1,'2026-12-05T18:41:04.677512Z','Demo buurtteam','2026-12-05T18:41:04.677512Z','Demo buurtteam',0,'2cf88667-6c16-4f9c-b9d2-c153406f26b0','8fda0ef3-59b7-4f90-a2f5-340284878b88','Finy de Wit','06-16987449',NULL,'BU09172400','none','referred','2026-12-05T18:41:04.677512Z','2026-12-05',NULL);
INSERT INTO enrolments VALUES(12,'f5d67e74-1ba2-447c-8bf9-bcbde7109739',1,'2026-12-05T18:41:04.677611Z','Demo buurtteam','2026-12-05T18:41:04.677611Z','Demo buurtteam',0,'2cf88667-6c16-4f9c-b9d2-c153406f26b0','53ebeb0f-14b1-4af2-a6d1-6cd95d97d6fc','Pieter van der Meer','06-34074427',NULL,'BU09173202','none','referred','2026-12-05T18:41:04.677611Z','2026-12-05',NULL);
CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  offer_uuid TEXT NOT NULL,
  session_uuid TEXT NOT NULL,
  enrolment_uuid TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'present',
  UNIQUE (session_uuid, enrolment_uuid)
);
CREATE TABLE aggregates (
  buurt_code TEXT NOT NULL,
  month TEXT NOT NULL,
  measure TEXT NOT NULL,
  value TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (buurt_code, month, measure, value)
);
CREATE TABLE sync_set_aside (
  id INTEGER PRIMARY KEY,
  type TEXT,
  uuid TEXT UNIQUE,
  case_uuid TEXT,
  seq INTEGER,
  reason TEXT NOT NULL,
  noted_at TEXT NOT NULL
);
CREATE TABLE fts_pending (case_id INTEGER PRIMARY KEY);
CREATE TABLE team_users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL
);
CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  own INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE incoming_transfers (
  case_uuid TEXT PRIMARY KEY,
  to_user INTEGER NOT NULL DEFAULT 0,
  from_name TEXT NOT NULL,
  from_team TEXT NOT NULL,
  buurt_code TEXT,
  note TEXT NOT NULL,
  offered_at TEXT NOT NULL
);
CREATE INDEX cases_by_buurt ON cases (buurt_code);
CREATE INDEX journal_by_case ON journal (case_id, date);
CREATE INDEX actions_by_case ON actions (case_id);
CREATE INDEX assessments_by_case ON assessments (case_id, date);
CREATE INDEX track_history_by_case ON track_history (case_id);
CREATE INDEX involvements_by_case ON involvements (case_id);
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  DELETE FROM case_fts WHERE rowid = old.id;
END;
CREATE INDEX places_by_buurt ON places (buurt_code);
CREATE INDEX outbox_by_uuid ON outbox (uuid);
CREATE TRIGGER cases_outbox_insert AFTER INSERT ON cases
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('case', new.uuid);
END;
CREATE TRIGGER cases_outbox_update AFTER UPDATE ON cases
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('case', new.uuid);
END;
CREATE TRIGGER journal_outbox_insert AFTER INSERT ON journal
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('journal', new.uuid);
END;
CREATE TRIGGER journal_outbox_update AFTER UPDATE ON journal
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('journal', new.uuid);
END;
CREATE TRIGGER actions_outbox_insert AFTER INSERT ON actions
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('action', new.uuid);
END;
CREATE TRIGGER actions_outbox_update AFTER UPDATE ON actions
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('action', new.uuid);
END;
CREATE TRIGGER assessments_outbox_insert AFTER INSERT ON assessments
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('assessment', new.uuid);
END;
CREATE TRIGGER assessments_outbox_update AFTER UPDATE ON assessments
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('assessment', new.uuid);
END;
CREATE TRIGGER track_history_outbox_insert AFTER INSERT ON track_history
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('track_change', new.uuid);
END;
CREATE TRIGGER track_history_outbox_update AFTER UPDATE ON track_history
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('track_change', new.uuid);
END;
CREATE TRIGGER involvements_outbox_insert AFTER INSERT ON involvements
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('involvement', new.uuid);
END;
CREATE TRIGGER involvements_outbox_update AFTER UPDATE ON involvements
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('involvement', new.uuid);
END;
CREATE INDEX shares_by_case ON shares (case_id);
CREATE INDEX partner_notes_by_case ON partner_notes (case_uuid);
CREATE TRIGGER shares_consent_fixed BEFORE UPDATE ON shares
  WHEN new.organisation IS NOT old.organisation OR new.parts IS NOT old.parts
    OR new.consent_date IS NOT old.consent_date OR new.consent_given_to IS NOT old.consent_given_to
    OR new.consent_form IS NOT old.consent_form OR new.end_date IS NOT old.end_date
    OR new.team_contact IS NOT old.team_contact OR new.case_id IS NOT old.case_id
    OR (old.withdrawn_at IS NOT NULL AND (new.withdrawn_at IS NOT old.withdrawn_at
        OR new.withdrawn_reason IS NOT old.withdrawn_reason)) BEGIN
  SELECT RAISE (ABORT, 'the consent of a share cannot be changed');
END;
CREATE TRIGGER shares_outbox_insert AFTER INSERT ON shares
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('share', new.uuid);
END;
CREATE TRIGGER shares_outbox_update AFTER UPDATE ON shares
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('share', new.uuid);
END;
CREATE TRIGGER partner_notes_outbox_insert AFTER INSERT ON partner_notes
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('partner_note', new.uuid);
END;
CREATE TRIGGER partner_notes_outbox_update AFTER UPDATE ON partner_notes
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('partner_note', new.uuid);
END;
CREATE INDEX offers_by_buurt ON offers (buurt_code);
CREATE INDEX sessions_by_date ON sessions (date, start_time);
CREATE INDEX sessions_by_offer ON sessions (offer_uuid, date);
CREATE INDEX enrolments_by_offer ON enrolments (offer_uuid, status, referred_at);
CREATE INDEX enrolments_by_case ON enrolments (case_uuid);
CREATE TRIGGER offers_outbox_insert AFTER INSERT ON offers
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('offer', new.uuid);
END;
CREATE TRIGGER offers_outbox_update AFTER UPDATE ON offers
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('offer', new.uuid);
END;
CREATE TRIGGER sessions_outbox_insert AFTER INSERT ON sessions
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('session', new.uuid);
END;
CREATE TRIGGER sessions_outbox_update AFTER UPDATE ON sessions
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('session', new.uuid);
END;
CREATE TRIGGER enrolments_outbox_insert AFTER INSERT ON enrolments
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('enrolment', new.uuid);
END;
CREATE TRIGGER enrolments_outbox_update AFTER UPDATE ON enrolments
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('enrolment', new.uuid);
END;
CREATE TRIGGER attendance_outbox_insert AFTER INSERT ON attendance
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('attendance', new.uuid);
END;
CREATE TRIGGER attendance_outbox_update AFTER UPDATE ON attendance
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO outbox (type, uuid) VALUES ('attendance', new.uuid);
END;
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT INTO case_fts (rowid, name, address, notes)
    VALUES (new.id, new.name, coalesce (new.address, ''), '');
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF name, address ON cases
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  UPDATE case_fts SET name = new.name, address = coalesce (new.address, '')
    WHERE rowid = new.id;
END;
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  UPDATE case_fts SET notes = coalesce ((SELECT group_concat (text, ' ') FROM journal
    WHERE case_id = new.case_id AND deleted = 0), '') WHERE rowid = new.case_id;
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE ON journal
  WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  UPDATE case_fts SET notes = coalesce ((SELECT group_concat (text, ' ') FROM journal
    WHERE case_id = new.case_id AND deleted = 0), '') WHERE rowid = new.case_id;
END;
CREATE TRIGGER cases_fts_insert_applied AFTER INSERT ON cases
  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.id);
END;
CREATE TRIGGER cases_fts_update_applied AFTER UPDATE OF name, address ON cases
  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.id);
END;
CREATE TRIGGER journal_fts_applied AFTER INSERT ON journal
  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.case_id);
END;
CREATE TRIGGER journal_fts_update_applied AFTER UPDATE ON journal
  WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying') BEGIN
  INSERT OR IGNORE INTO fts_pending (case_id) VALUES (new.case_id);
END;
CREATE INDEX journal_contacts ON journal (case_id, date) WHERE deleted = 0;
CREATE INDEX cases_by_owner ON cases (owner, status) WHERE deleted = 0;
CREATE INDEX cases_by_transfer ON cases (transfer_to_user) WHERE transfer_to_user <> 0;
CREATE INDEX actions_by_assignee ON actions (assignee, done, due_date) WHERE deleted = 0;
CREATE INDEX cases_listing ON cases
  (name COLLATE bw_surname, id, deleted, status, buurt_code, track, has_debts, owner);
PRAGMA writable_schema=OFF;
COMMIT;
