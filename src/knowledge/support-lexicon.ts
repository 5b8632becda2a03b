/**
 * General-purpose English support vocabulary: groups of words customers and help centres use
 * for the same thing, whatever the business (a dental clinic, a furniture shop, an invoicing
 * tool). Plain data, read by synonyms.ts on top of its core table; an organization adds its
 * own groups through its settings. Keep every group about one meaning: a group that mixes
 * meanings makes the agent quote sentences that merely share a word.
 */
export const SUPPORT_LEXICON: readonly (readonly string[])[] = [
  // Damage and faults.
  ['damage', 'damaged', 'ruin', 'ruined', 'wreck', 'wrecked', 'scratch', 'scratched', 'dent', 'dented', 'chip', 'chipped', 'crack', 'cracked', 'split', 'tear', 'torn', 'broken', 'breakage', 'breakages', 'crushed', 'squashed', 'smashed'],
  ['error', 'bug', 'glitch', 'crash', 'crashes'],
  ['clean', 'cleanliness', 'dirty', 'filthy', 'grubby', 'unclean', 'mucky', 'grimy'],
  // Changing arrangements.
  ['reschedule', 'rearrange', 'postpone', 'move', 'change'],
  ['appointment', 'booking', 'reservation', 'visit', 'slot'],
  ['book', 'reserve', 'schedule'],
  ['quit', 'cancel', 'leave'],
  ['delete', 'remove', 'erase'],
  ['restore', 'recover', 'retrieve', 'undelete'],
  ['begin', 'start', 'commence'],
  ['enrol', 'enroll', 'enrolment', 'enrollment', 'register', 'registration', 'signup', 'join'],
  ['discount', 'reduction', 'concession', 'reduced', 'deal', 'deals'],
  ['automatic', 'auto'],
  // "A single class" is the price list's "Drop-in class"; "should I wear shoes?" is answered by
  // "we practise barefoot" (round 21 dev).
  ['dropin', 'single'],
  ['barefoot', 'shoe', 'shoes', 'footwear'],
  // A people carrier (an MPV) is the seven- to nine-seat vehicle a hire firm lists as a minibus.
  ['peoplecarrier', 'minibus', 'minibuses'],
  ['beginner', 'beginners', 'novice', 'newbie', 'newcomer'],
  ['senior', 'pensioner', 'retired', 'retiree', 'elderly'],
  ['learn', 'learned', 'learning', 'study', 'studied', 'studying'],
  // Products and samples.
  ['sample', 'swatch', 'tester'],
  ['custom', 'bespoke', 'personalised', 'personalized', 'tailored'],
  ['gift', 'present'],
  ['female', 'woman', 'lady', 'ladies'],
  ['breakfast', 'brekkie', 'brekky'],
  ['onetoone', 'private', 'individual'],
  ['corporate', 'company', 'companies'],
  ['sponsor', 'sponsors', 'sponsorship', 'sponsoring', 'sponsored'],
  ['press', 'journalist', 'journalists', 'newspaper', 'newspapers'],
  ['haggle', 'haggling', 'negotiate', 'negotiating', 'barter', 'bartering'],
  ['free', 'complimentary', 'included', 'gratis'],
  // "A whole plot" is the price table's "full plot" (probe 5).
  ['whole', 'full', 'entire'],
  ['standard', 'normal', 'regular', 'basic', 'ordinary'],
  ['spare', 'second', 'backup'],
  ['premium', 'fancy', 'deluxe', 'luxury', 'enhanced', 'upgraded'],
  ['food', 'feed', 'feeding', 'eat', 'eating', 'meal', 'meals'],
  ['deposit', 'upfront'],
  // "the very first session" is the initial assessment.
  ['first', 'initial'],
  // "Is there a penalty for not turning up?": the missed-appointment fee.
  ['penalty', 'penalties', 'fee', 'charge'],
  ['noshow', 'miss', 'missed'],
  ['cheapest', 'lowest', 'basic', 'entry'],
  ['instalment', 'installment', 'spread', 'finance', 'financing'],
  ['rent', 'rental', 'hire', 'borrow', 'lend', 'loan'],
  // "Looking to hire a boat for a stag do" is a charter booking (round 42 dev).
  ['charter', 'chartered', 'chartering', 'hire'],
  ['replace', 'replacement', 'swap'],
  ['edit', 'modify', 'amend', 'update', 'change'],
  ['photo', 'picture', 'image', 'pic'],
  ['video', 'videos', 'film', 'filming', 'filmed'],
  ['hat', 'hats', 'cap', 'caps'],
  ['quick', 'fast', 'express', 'rapid', 'speedy', 'quicker', 'faster', 'speedier', 'quickest', 'fastest'],
  ['delay', 'delayed', 'late', 'slow'],
  ['lose', 'missing', 'misplace', 'misplaced'],
  ['wrong', 'incorrect', 'mistake'],
  ['notification', 'notify', 'alert'],
  ['sick', 'ill', 'unwell'],
  ['wilt', 'wilted', 'wilting', 'droop', 'drooping', 'drooped', 'limp'],
  ['adult', 'grownup'],
  ['bicycle', 'bike'],
  // Care and cleaning.
  ['clean', 'cleaning', 'wipe', 'dust', 'polish', 'wash', 'sweep', 'sweeping', 'swept'],
  // "a wash and a brush" is the groomer's "bath & brush"; "clip his nails" the "nail trim" (probe 7).
  ['bath', 'bathe', 'wash'],
  ['trim', 'clip', 'clipping'],
  ['reduce', 'reduction', 'lower', 'decrease', 'cut'],
  ['mile', 'miles', 'mileage'],
  ['refuel', 'refuelling', 'refueling', 'fuel', 'petrol', 'diesel', 'tank'],
  ['document', 'documents', 'paperwork', 'id', 'identification', 'licence', 'license', 'passport'],
  // People.
  ['child', 'children', 'kid', 'kids', 'son', 'daughter', 'baby', 'toddler', 'teen', 'teenager', 'minor'],
  ['parent', 'guardian', 'mum', 'mom', 'dad', 'father', 'mother'],
  ['colleague', 'coworker', 'teammate', 'employee', 'staff', 'worker', 'workers'],
  ['shop', 'store', 'showroom'],
  // Whoever the business serves.
  ['people', 'person', 'patient', 'client', 'customer', 'participant', 'attendee'],
  ['accessible', 'accessibility', 'wheelchair', 'disabled', 'disability', 'stepfree'],
  // Channels and devices.
  ['online', 'internet', 'website', 'web', 'portal'],
  ['text', 'sms'],
  ['mobile', 'cellphone', 'smartphone'],
  ['download', 'export'],
  ['remind', 'reminder', 'chase', 'nudge'],
  ['late', 'overdue'],
  ['pain', 'hurt', 'hurts', 'ache', 'aching', 'sore'],
  ['shut', 'close', 'closed', 'closing'],
  // Everyday shortenings customers use for what help pages spell out.
  ['vaccination', 'vaccine', 'vaccinations', 'jab', 'jabs', 'injection', 'booster'],
  ['tablet', 'tablets', 'tabs', 'pill', 'pills', 'medicine', 'medication', 'meds'],
  ['prescription', 'script'],
  ['operation', 'surgery', 'op', 'procedure'],
  ['neuter', 'neutering', 'spay', 'spayed', 'castrate', 'castration', 'castrated', 'snip'],
  ['rabbit', 'bunny', 'bunnies'],
  ['vacuum', 'hoover', 'hoovering'],
  ['toilet', 'loo', 'lavatory', 'restroom', 'bathroom'],
  ['pushchair', 'buggy', 'pram', 'stroller'],
  ['glasses', 'specs', 'spectacles'],
  ['fortnight', 'fortnightly'],
  ['notice', 'warning'],
  // British and American spellings the stemmer does not join.
  ['colour', 'color'],
  ['favourite', 'favorite'],
  ['centre', 'center'],
  ['organise', 'organize'],
];

/**
 * Kinds of thing: a help centre names the kind ("items", "vehicles", "abroad") where a customer
 * names the thing ("my sofa", "the van", "to Spain"). One-way: a question's specific word finds
 * the general one in an article, never the reverse ("Do you deliver furniture?" is not answered
 * by a line about sofas only). Each entry: the general words, then the specific ones.
 */
export const SUPPORT_CATEGORIES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['furniture', 'item', 'items', 'product', 'products', 'piece'],
    ['sofa', 'couch', 'settee', 'chair', 'armchair', 'table', 'desk', 'bed', 'wardrobe', 'sideboard', 'cabinet', 'dresser', 'bookcase', 'shelf', 'shelves', 'stool', 'bench', 'mattress', 'cupboard', 'drawers', 'lamp', 'rug', 'ottoman'],
  ],
  [
    ['gear', 'equipment', 'accessory', 'accessories', 'hardware', 'kit', 'device'],
    ['grinder', 'kettle', 'scale', 'scales', 'brewer', 'machine', 'dripper', 'charger', 'cable', 'helmet', 'pump', 'adapter', 'router', 'printer', 'headphones', 'speaker'],
  ],
  [['vehicle', 'vehicles'], ['car', 'van', 'minibus', 'truck', 'lorry', 'motor', 'automobile', 'estate', 'hatchback', 'suv']],
  [
    ['abroad', 'international', 'overseas', 'worldwide', 'country', 'countries'],
    ['france', 'spain', 'germany', 'italy', 'portugal', 'netherlands', 'holland', 'belgium', 'switzerland', 'austria', 'poland', 'sweden', 'norway', 'denmark', 'finland', 'greece', 'croatia', 'turkey', 'canada', 'mexico', 'australia', 'zealand', 'japan', 'china', 'india', 'brazil'],
  ],
  [['device', 'devices'], ['phone', 'iphone', 'android', 'tablet', 'ipad', 'laptop', 'computer', 'pc', 'mac', 'macbook', 'chromebook']],
  [['weather'], ['snow', 'snowing', 'snowy', 'ice', 'icy', 'storm', 'stormy', 'fog', 'foggy', 'flood', 'flooding', 'gale', 'gales']],
  [['food', 'meal', 'meals'], ['breakfast', 'lunch', 'dinner', 'snack', 'snacks']],
  [
    ['clothes', 'clothing', 'garment', 'garments'],
    ['dress', 'dresses', 'shirt', 'shirts', 'jumper', 'jumpers', 'coat', 'coats', 'suit', 'suits', 'jacket', 'jackets', 'trousers', 'skirt', 'skirts', 'blouse', 'blouses', 'jeans', 'sweater', 'cardigan', 'gown', 'gowns'],
  ],
  [['shoe', 'shoes', 'footwear'], ['trainers', 'sneakers', 'boots', 'heels', 'sandals', 'flipflops', 'wellies']],
  [['dog', 'dogs'], ['puppy', 'puppies', 'pup', 'pups', 'spaniel', 'labrador', 'retriever', 'terrier', 'poodle', 'collie', 'dachshund', 'cockapoo', 'cavapoo', 'labradoodle', 'greyhound', 'whippet', 'beagle', 'bulldog', 'husky', 'alsatian', 'schnauzer', 'pug', 'staffie', 'jackrussell']],
  [['cat', 'cats'], ['kitten', 'kittens']],
  // Farm animals by what a farmer calls them ("a ewe you sheared", "the tup").
  [['sheep'], ['ewe', 'ewes', 'tup', 'tups', 'ram', 'rams', 'lamb', 'lambs', 'hogg', 'hoggs', 'wether', 'wethers']],
  [['cattle', 'cow', 'cows'], ['heifer', 'heifers', 'bullock', 'bullocks', 'calf', 'calves', 'steer', 'steers']],
  [['horse', 'horses'], ['pony', 'ponies', 'mare', 'mares', 'foal', 'foals', 'gelding', 'geldings', 'stallion', 'stallions', 'cob', 'cobs']],
  [['artist', 'artists'], ['painter', 'painters', 'photographer', 'photographers', 'illustrator', 'illustrators', 'sculptor', 'sculptors', 'printmaker', 'printmakers']],
  [['fish'], ['goldfish', 'tetra', 'tetras', 'guppy', 'guppies', 'koi', 'molly', 'mollies', 'platy', 'platies', 'betta', 'cichlid', 'cichlids', 'pleco', 'plecos', 'danio', 'danios', 'rasbora', 'rasboras', 'gourami', 'discus', 'angelfish', 'clownfish', 'shubunkin', 'shubunkins', 'catfish', 'loach', 'loaches', 'barb', 'barbs']],
  [['drink', 'drinks', 'beverage', 'beverages'], ['coffee', 'coffees', 'tea', 'teas', 'latte', 'lattes', 'cappuccino', 'cappuccinos', 'americano', 'espresso', 'mocha', 'macchiato', 'chai', 'smoothie', 'smoothies', 'juice', 'juices']],
  [['alcohol', 'alcoholic', 'drink', 'drinks'], ['wine', 'beer', 'cider', 'lager', 'spirits', 'prosecco', 'champagne', 'vodka', 'gin', 'whisky', 'whiskey', 'rum']],
  [['bag', 'luggage'], ['suitcase', 'backpack', 'rucksack', 'holdall']],
  [
    ['home', 'house', 'property', 'premises', 'flat'],
    ['wall', 'walls', 'floor', 'floors', 'door', 'doors', 'stairs', 'staircase', 'hallway', 'hall', 'landing', 'carpet', 'carpets', 'ceiling', 'kitchen', 'driveway', 'doorframe', 'skirting', 'banister', 'bannister', 'worktop', 'paintwork'],
  ],
  [
    ['flower', 'flowers', 'plant', 'plants'],
    ['bouquet', 'bouquets', 'rose', 'roses', 'lily', 'lilies', 'tulip', 'tulips', 'peony', 'peonies', 'buttonhole', 'buttonholes', 'posy', 'wreath', 'arrangement', 'arrangements'],
  ],
  [['relative', 'family', 'person', 'driver', 'guest'], ['wife', 'husband', 'partner', 'spouse', 'friend', 'sister', 'brother']],
  // The parts of a car a customer names for the car ("you scratched my bonnet").
  [
    ['car', 'vehicle'],
    ['bonnet', 'hood', 'bumper', 'paintwork', 'windscreen', 'windshield', 'wing', 'alloy', 'alloys', 'tyre', 'tyres', 'headlight', 'headlights', 'dashboard', 'upholstery', 'boot'],
  ],
];

