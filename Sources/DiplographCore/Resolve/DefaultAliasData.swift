// STAND-IN: a small default alias table so the resolver compiles and can be tested. The
// alias-data helper generates the real file from data/default-aliases.tsv; it replaces this one.

/// The embedded default alias table (TSV, see `AliasTables`).
public let defaultAliasTableTSV: String = """
# STAND-IN written by the resolver helper so the code compiles; the alias-data helper's generated file replaces it.
id	type	name	aliases	demonyms	affiliation	roles	external_id
north-korea	country	North Korea	DPRK|Democratic People's Republic of Korea|N. Korea	North Korean			Q423
south-korea	country	South Korea	Republic of Korea|ROK|S. Korea	South Korean			Q884
china	country	China	People's Republic of China|PRC	Chinese			Q148
# Washington alone names the US government in diplomatic reporting (metonymy); the city is rarely meant.
united-states	country	United States	U.S.|US|USA|United States of America|Washington	American			Q30
russia	country	Russia	Russian Federation	Russian			Q159
japan	country	Japan		Japanese			Q17
taiwan	country	Taiwan		Taiwanese			Q865
indonesia	country	Indonesia	Republic of Indonesia	Indonesian			Q252
australia	country	Australia	Commonwealth of Australia	Australian			Q408
vietnam	country	Vietnam	Viet Nam	Vietnamese			Q881
myanmar	country	Myanmar	Burma	Burmese			Q836
beijing	place	Beijing	Peking		china		Q956
pyongyang	place	Pyongyang			north-korea		Q18808
seoul	place	Seoul			south-korea		Q8684
moscow	place	Moscow			russia		Q649
jakarta	place	Jakarta			indonesia		Q3630
canberra	place	Canberra			australia		Q3114
hanoi	place	Hanoi			vietnam		Q1858
hong-kong	place	Hong Kong			china		Q8646
xi-jinping	person	Xi Jinping	Xi Jin-ping		china	President 2013-03-|General Secretary 2012-11-	Q15031
li-qiang	person	Li Qiang			china	Premier 2023-03-	Q1077420
wang-yi	person	Wang Yi			china	Foreign Minister 2022-12-	Q17161
kim-jong-un	person	Kim Jong Un	Kim Jong-un|Kim Jong-Un		north-korea	General Secretary 2021-01-|Chairman 2016-06-	Q56226
choe-son-hui	person	Choe Son Hui	Choe Son-hui|Choe Son-Hui|Choi Son-hui		north-korea	Foreign Minister 2022-06-	Q16193590
vladimir-putin	person	Vladimir Putin	Vladimir Vladimirovich Putin		russia	President 2012-05-	Q7747
sergei-lavrov	person	Sergei Lavrov	Sergey Lavrov		russia	Foreign Minister 2004-03-	Q15128
korean-central-news-agency	organization	Korean Central News Agency	KCNA		north-korea		
xinhua-news-agency	organization	Xinhua News Agency	Xinhua		china		
yonhap-news-agency	organization	Yonhap News Agency	Yonhap		south-korea		
workers-party-of-korea	organization	Workers' Party of Korea	WPK|Workers Party of Korea		north-korea		
apec	organization	Asia-Pacific Economic Cooperation	APEC				
asean	organization	Association of Southeast Asian Nations	ASEAN				
united-nations	organization	United Nations	UN|U.N.				
tass	organization	TASS	TASS news agency|Russian News Agency TASS		russia		
reuters	organization	Reuters					
"""
