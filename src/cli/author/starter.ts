// The small working scenario `uchronia new` writes to start from: two playable sides and a
// force no one plays, three regions, a dated decision with its canon option, a follow-up, an
// event by mean time to happen, orders (one aimed at a region), endings and the bot's weights.
// It validates with no warning and plays; the author renames and grows it.

/** The starter's files (path → text), for a scenario with this id. */
export function starterFiles(id: string): Record<string, string> {
  return {
    'scenario.yaml': `# A starter scenario: see docs/scenario-format.md for every key.
formatVersion: 1
id: ${id}
start: 1900-01
end: 1901-12
player: government
acts:
  - { id: opening, from: 1900-01 }
  - { id: reckoning, from: 1901-01 }
factions:
  - { id: government, playable: true, ordersPerTurn: 1, color: "#2e86c1" }
  - { id: opposition, playable: true, ordersPerTurn: 1, color: "#c0392b" }
  - { id: rioters, playable: false }
tracks:
  - id: support
    initial: 50
    owner: government
    drift:
      - { id: weariness, value: -2 }
  - id: treasury
    initial: 20
    max: 200
    owner: government
    drift:
      - { id: taxes, value: "2 + controlled(government)" }
  - id: momentum
    initial: 10
    owner: opposition
    drift:
      - { id: grievances, value: "tagged_unrest(city) / 50 + tagged_unrest(rural) / 100" }
flags:
  - { id: reform }
regions:
  - { id: capital, lat: 48.85, lon: 2.35, country: FRA, control: government, unrest: 20, tags: [city] }
  - { id: north, lat: 50.63, lon: 3.06, country: FRA, control: government, unrest: 30, tags: [city] }
  - { id: south, lat: 43.3, lon: 5.37, country: FRA, control: opposition, unrest: 10, tags: [rural] }
`,
    'orders.yaml': `orders:
  - id: spend
    faction: government
    cost: { treasury: 5 }
    effects:
      - add: { support: 3 }
  - id: police
    faction: government
    cost: { treasury: 4 }
    target: region
    where: "controls(government, target) and unrest(target) > 0"
    chance: 0.7
    effects:
      - unrest: { target: -10 }
    failure:
      - unrest: { target: 5 }
  - id: agitate
    faction: opposition
    target: region
    where: "has_tag(target, city)"
    canon: { from: 1900-02, until: 1901-12 }
    effects:
      - unrest: { target: 8 }
      - add: { momentum: 2 }
`,
    'events/main.yaml': `events:
  - id: opening_address
    date: 1900-01-05
    canon: true
    effects:
      - add: { support: 2 }
  - id: reform_bill
    date: 1900-06-12
    canon: true
    decider: government
    choices:
      - id: pass
        canon: true
        effects:
          - set: { reform: true }
          - add: { support: 5, treasury: -10 }
          - trigger: { event: reform_backlash, delay: 2 }
      - id: shelve
        effects:
          - add: { momentum: 10 }
  # A follow-up: it fires only when an effect triggers it (here, passing the bill).
  - id: reform_backlash
    followUp: true
    effects:
      - unrest: { south: 15 }
  - id: riots
    after: 1900-03
    when: "unrest(capital) > 40 and not reform"
    mtth: 4
    repeat: true
    cooldown: 3
    effects:
      - add: { support: -4 }
      - unrest: { capital: 5 }
`,
    'endings.yaml': `endings:
  - id: government_falls
    priority: 10
    when: "support <= 10 or momentum >= 90"
    warning: "support < 20"
    score: { government: 0, opposition: 100 }
  - id: reform_holds
    canon: true
    fallback: true
    score: { government: 70, opposition: 30 }
`,
    'ai.yaml': `factions:
  government:
    weights: { support: 1, treasury: 0.2, momentum: -0.5, unrest_own: -0.3, unrest_rivals: 0 }
    flags: { reform: 5 }
  opposition:
    weights: { support: -0.5, momentum: 1, unrest_own: -0.2, unrest_rivals: 0.3 }
`,
    'texts/en.yaml': `scenario:
  title: A new scenario
  summary: Two years of a government and its opposition. Rename it and make it yours.
act:
  opening: { title: The Opening }
  reckoning: { title: The Reckoning }
faction:
  government: { name: The Government, description: Those in power., aims: Keep support above ten and pass the reform. }
  opposition: { name: The Opposition, description: Those who want it., aims: Bring the government down. }
  rioters: { name: The Rioters }
track:
  support: { name: Support, drift: { weariness: Weariness } }
  treasury: { name: Treasury, drift: { taxes: Taxes } }
  momentum: { name: Momentum, drift: { grievances: Grievances } }
flag:
  reform: { name: Reform passed }
region:
  capital: { name: The Capital }
  north: { name: The North }
  south: { name: The South }
order:
  spend: { name: Spend, description: Buy goodwill from the treasury. }
  police: { name: Police a region }
  agitate: { name: Agitate a city, chronicle: The opposition agitated in the cities. }
event:
  opening_address: { title: The Opening Address, body: The new government speaks to the country. }
  reform_bill:
    title: The Reform Bill
    body: The reform is ready. Pass it, at a price, or shelve it?
    choice:
      pass: { label: Pass it, chronicle: The reform was passed. }
      shelve: { label: Shelve it, chronicle: The reform was shelved. }
  reform_backlash: { title: Backlash in the South, body: The South resists the reform. }
  riots: { title: Riots in the Capital, body: The capital's streets fill. }
ending:
  government_falls:
    title: The Government Falls
    body: The opposition takes power.
    warning: The government is close to falling.
  reform_holds: { title: The Reform Holds, body: The government sees its term out. }
`,
  };
}
