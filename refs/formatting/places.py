"""Place names that keep their capitals in APA sentence case.

APA's sentence case lowers every word of a title but the first, the first
after a colon, and proper nouns. Places are the proper nouns titles hold
most (``North Korea``, ``Southeast Asia``, ``New Zealand``, ``Texas``), and
no rule can tell ``Georgia`` or ``Turkey`` from a common word, so they are
listed: the countries of the world (short English names), the states of the
United States and Australia, the provinces and territories of Canada, the
continents, oceans and world regions, and the nationalities that titles use.
Names of several words count only whole (``United States``, not
``United``); :data:`WORDS` are the one-word names, :data:`PHRASES` the
others. Left out are names that are mostly common words in titles
(``Guinea`` pigs, to ``Polish`` a CV).
"""

from __future__ import annotations

_NAMES = """
Afghanistan, Albania, Algeria, Andorra, Angola, Antigua and Barbuda, Argentina, Armenia, Australia, Austria,
Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia,
Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cabo Verde, Cambodia, Cameroon,
Canada, Central African Republic, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica, Croatia, Cuba, Cyprus,
Czechia, Czech Republic, Denmark, Djibouti, Dominica, Dominican Republic, Ecuador, Egypt, El Salvador,
Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany,
Ghana, Greece, Grenada, Guatemala, Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, Iceland, India,
Indonesia, Iran, Iraq, Ireland, Israel, Italy, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, Korea,
North Korea, South Korea, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein,
Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, Marshall Islands, Mauritania,
Mauritius, Mexico, Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nauru,
Nepal, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, North Macedonia, Norway, Oman, Pakistan, Palau,
Palestine, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda,
Saint Lucia, Samoa, San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia,
Slovenia, Solomon Islands, Somalia, South Africa, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden,
Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand, Timor-Leste, Togo, Tonga, Trinidad and Tobago, Tunisia,
Turkey, Türkiye, Turkmenistan, Tuvalu, Uganda, Ukraine, United Arab Emirates, United Kingdom, United States,
Uruguay, Uzbekistan, Vanuatu, Vatican, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Hong Kong, Macau, Puerto Rico,
Greenland, Scotland, Wales, England, Northern Ireland, Great Britain, Britain, Tibet, Quebec, Québec, Catalonia,
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois,
Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi,
Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota,
Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont,
Virginia, Washington, West Virginia, Wisconsin, Wyoming, District of Columbia, Appalachia,
Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland, Labrador, Nova Scotia, Ontario,
Prince Edward Island, Saskatchewan, Northwest Territories, Nunavut, Yukon,
New South Wales, Queensland, South Australia, Tasmania, Victoria, Western Australia, Northern Territory,
Africa, Antarctica, Asia, Europe, North America, South America, Latin America, Central America, Oceania,
Eurasia, Scandinavia, Balkans, Caribbean, Middle East, Near East, Far East, Southeast Asia, East Asia, South Asia,
Central Asia, West Africa, East Africa, Southern Africa, North Africa, Sub-Saharan Africa, Mediterranean, Arctic,
Antarctic, Atlantic, Pacific, Sahara, Amazon, Himalaya, Himalayas, Global South, Global North, Silicon Valley,
African, Afghan, Albanian, Algerian, Argentine, Argentinian, Armenian, Asian, Australian, Austrian, Bangladeshi,
Belgian, Bolivian, Brazilian, Bulgarian, Cambodian, Cameroonian, Chilean, Colombian, Congolese, Croatian, Cuban,
Cypriot, Czech, Danish, Dutch, Ecuadorian, Egyptian, Estonian, Ethiopian, Filipino, Finnish, Georgian, Ghanaian,
Haitian, Hungarian, Icelandic, Indian, Indonesian, Iranian, Iraqi, Irish, Israeli, Jamaican, Kenyan, Korean,
Kurdish, Latvian, Lebanese, Lithuanian, Malaysian, Mexican, Mongolian, Moroccan, Nepali, Nigerian, Norwegian,
Pakistani, Palestinian, Persian, Peruvian, Romanian, Rwandan, Saudi, Scandinavian, Scottish, Serbian,
Singaporean, Slovak, Slovenian, Somali, Swedish, Swiss, Syrian, Taiwanese, Tanzanian, Thai, Tunisian, Turkish,
Ugandan, Ukrainian, Venezuelan, Vietnamese, Welsh, Yemeni, Zimbabwean, Nordic, Caribbean, Hispanic, Latino,
Aboriginal, Inuit, Māori, Maori, Sámi, First Nations, Native American, Pacific Islander, Torres Strait Islander
"""

_ALL = frozenset(n.strip() for n in _NAMES.replace("\n", " ").split(",") if n.strip())
WORDS = frozenset(n for n in _ALL if " " not in n)
PHRASES = frozenset(n for n in _ALL if " " in n)
