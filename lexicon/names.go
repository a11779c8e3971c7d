package lexicon

import "strings"

// CommonWord reports whether a one-word name is also a common English word,
// a month or day, or a given name or surname that many people share ("May",
// "Brown", "Mohammed", "Kim"): alone, such a word names no one safely in news
// text, where it is capitalised at the start of a sentence, in a headline or
// in another name. No person's names hold one (a test checks the embedded
// files, and the Phoenix converter leaves them out). Case is ignored.
func CommonWord(name string) bool { return commonWords[strings.ToLower(name)] }

var commonWords = map[string]bool{}

// GivenName reports whether w is a first name of givenNames, which a
// person's name opens ("Thomas", "Michael"); not a part that may open a
// place's name too ("Abu Dhabi"). Case is ignored.
func GivenName(w string) bool { return givenWords[strings.ToLower(w)] }

var givenWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(englishSurnames + months + givenNames + sharedSurnames) {
		commonWords[w] = true
	}
	for _, w := range strings.Fields(givenNames) {
		givenWords[w] = w != "abu" && w != "bin" && w != "ibn" && w != "abd" && w != "abdel" && w != "abdul"
	}
}

// englishSurnames are surnames of people of the actors files (and of the
// news) that are English words. Famous surnames that news text uses for one
// person and almost never capitalises otherwise (Bush, Trump, Macron, Tusk,
// Pence, Thatcher, Clapper) are not here.
const englishSurnames = `
abbot abed arena arenas armada arroyo askew attar aura back bade baker bale ball balls banana banks bannister
barker barrios barrow barter beck begin belay bell berg bias bill bird bishop black blah bode body bold bole
bolero bong bongo bonnet boon borne bowler boys brandy bridges bright brown bull burg burns cable call cannon
capes cash cave champagne chancy cheek chin chino chow church clement cleverly coats collie colon coma
combo cook cooper cope cousins craft crook darling daunt dent derrick ding dodge doer dole downer drys dyer fall
fares ferry field fields flake font force ford foster frank franks freeman french gale gallant galley gang
garner gates gene gibbons gift gill glass glean gong gore grad grange grant gray green grew grey griffin gross
guise gurney hall hammer hang hardy hart heath heather helms hickey hide hill hills hilly hinds hockey hogan
hood hoof hooker horn hung hunt husbands jack jihad junior kindle king kiss knight knuckles lake lama lame lasso
laurel laws leather levy linden llano loan long lopes lynch made major mallard mama mane manga manning mans
mantilla mares marks martens martini masters mayoral merchant merino merits mesa meta miller minor mint moon
mufti nadir nape note nova pace palm pang pant pare parry parts pasha passer persons peters phone pickles ping
pinto pique pita pitcher platter plea pool power price prime quay raja rash real reeves reps rice ridge rind
rock rogers roman rouse rush rusk safari said saith sale salvo samba sander sandy sane sang sari savage sawyer
sears send shah shaikh shaker shams shave shaykh shearer sheikh sherry shin shire short show shown sierra silk
sing singer skate smith solar some song soon speller stake stein stone store straw street struck sultan sung
swain swami swan tack tall tang tanner tenet than thorn ting tint tiny toga tong tore tort trench tromp tucker
turner urban vale valley victor villa viola vital wade wale walker waltz ward waters watt wells white wild
wisdom wolf wood woods wright young younger
best bond hope joy love faith grace rose lane hale moss reed frost snow rain storm summer summers winter
winters day morning noble sterling gold silver steel mann pope cross page rich little strong sharp wise
`

const months = `
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday
`

// givenNames are first names and name parts common enough that alone they
// name thousands of people: Arabic, Persian, Turkish and South Asian name
// parts, and common European given names.
const givenNames = `
mohammed muhammad mohamed mohammad mohamad mohammod muhammed mehmet mahomed ahmed ahmad ahmet ali hassan hasan
hussein husain hossein husayn abdullah abdallah abdulla omar umar khalid khaled ibrahim ismail yusuf youssef
yousef mustafa mostafa mahmoud mahmud abdul abdel abd abdoul abu bin ibn saeed salim salem rashid hamad hamid
jassim faisal fahd nasser nasir karim kareem aziz abbas amir hamza tariq osman usman uthman yasser yasir
jamal kamal salah saleh fatima aisha maryam reza mehdi hussain syed sayed sayyid haji hajji mullah maulana
john james peter paul david michael george william robert richard charles thomas joseph daniel mark martin
henry edward anthony stephen andrew christopher matthew philip jean pierre jacques michel francois marie
jose juan carlos luis jorge manuel antonio francisco pedro miguel maria ana hans klaus ivan vladimir sergei
sergey alexander aleksandr nikolai viktor yuri
`

// sharedSurnames are surnames so common that alone they name no one:
// Korean, Chinese and Vietnamese surnames, and the commonest of other
// languages.
const sharedSurnames = `
kim lee park choi jung chung kang cho yoon jang lim han shin seo kwon hwang ahn song yoo hong jeon
wang zhang liu chen yang huang zhao zhou sun zhu guo lin luo zheng liang xie tang feng deng cao peng
zeng xiao tian pan yuan cai jiang dong xu
nguyen tran pham hoang phan
garcia rodriguez martinez lopez gonzalez gonzales perez sanchez ramirez torres flores rivera gomez diaz
hernandez silva santos oliveira souza pereira costa ferreira alves
singh kumar sharma patel gupta khan
ivanov smirnov petrov kuznetsov popov
muller mueller schmidt schneider fischer weber meyer wagner becker schulz
rossi russo ferrari esposito bianchi romano
dupont durand bernard dubois moreau laurent
jones williams davies evans thomas johnson roberts robinson thompson wilson taylor anderson jackson harris
clark lewis allen scott adams nelson baker
`
