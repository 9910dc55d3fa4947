import type { EthnicityMajorGroup } from '@send-hub/core';

/*
 * Synthetic names: common first names and surnames combined at random, so no name
 * belongs to a real child's record. Lists by ethnicity major group keep names plausible
 * for the child's recorded ethnicity; mixed, other and unclassified draw from them all.
 */

export interface NameLists {
  readonly boys: ReadonlyArray<string>;
  readonly girls: ReadonlyArray<string>;
  readonly surnames: ReadonlyArray<string>;
}

const white: NameLists = {
  boys: ['Oliver', 'Harry', 'George', 'Noah', 'Jack', 'Leo', 'Oscar', 'Charlie', 'Alfie', 'Freddie', 'Theo', 'Archie', 'Jacob', 'Thomas', 'Riley', 'Joshua', 'Ethan', 'Lucas', 'Mason', 'Tyler', 'Callum', 'Kai', 'Jakub', 'Szymon', 'Luca'],
  girls: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Grace', 'Freya', 'Poppy', 'Ella', 'Evie', 'Sophie', 'Ruby', 'Daisy', 'Millie', 'Chloe', 'Megan', 'Holly', 'Lacey', 'Maja', 'Zuzanna', 'Ellie', 'Erin', 'Niamh'],
  surnames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Wright', 'Walker', 'Robinson', 'Thompson', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Lewis', 'Martin', 'Jackson', 'Clarke', 'Turner', 'Hill', 'Cooper', 'Ward', 'Baker', 'Bennett', 'Shaw', 'Kelly', "O'Neill", 'Nowak', 'Kowalski', 'Lee', 'Price', 'Mellor', 'Salt', 'Bagnall', 'Plant', 'Tunnicliffe'],
};

const asian: NameLists = {
  boys: ['Mohammed', 'Ayaan', 'Ibrahim', 'Yusuf', 'Zayn', 'Arjun', 'Rohan', 'Aarav', 'Hamza', 'Ravi', 'Imran', 'Dev'],
  girls: ['Aisha', 'Zainab', 'Maryam', 'Priya', 'Anaya', 'Fatima', 'Hafsa', 'Amira', 'Sana', 'Riya', 'Inaya', 'Noor'],
  surnames: ['Khan', 'Hussain', 'Ahmed', 'Ali', 'Patel', 'Begum', 'Shah', 'Iqbal', 'Akhtar', 'Singh', 'Kaur', 'Mahmood', 'Rahman', 'Sharma'],
};

const black: NameLists = {
  boys: ['Kwame', 'Tobi', 'Daniel', 'Joel', 'Elijah', 'Samuel', 'Tyrese', 'Jayden', 'Kofi', 'Malachi'],
  girls: ['Amara', 'Chioma', 'Favour', 'Grace', 'Nia', 'Zara', 'Imani', 'Adaeze', 'Kezia', 'Precious'],
  surnames: ['Okafor', 'Adeyemi', 'Mensah', 'Campbell', 'Francis', 'Boateng', 'Williams', 'Okoro', 'Grant', 'Asante'],
};

const chinese: NameLists = {
  boys: ['Wei', 'Jun', 'Hao', 'Ethan', 'Ryan', 'Kai'],
  girls: ['Mei', 'Xin', 'Lily', 'Yan', 'Chloe', 'Jia'],
  surnames: ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Wong', 'Lam', 'Cheung'],
};

const everyone: NameLists = {
  boys: [...white.boys, ...asian.boys, ...black.boys, ...chinese.boys],
  girls: [...white.girls, ...asian.girls, ...black.girls, ...chinese.girls],
  surnames: [...white.surnames, ...asian.surnames, ...black.surnames, ...chinese.surnames],
};

export const nameListsByGroup: Readonly<Record<EthnicityMajorGroup, NameLists>> = {
  white,
  mixed: everyone,
  asian,
  black,
  chinese,
  other: everyone,
  unclassified: everyone,
};
