import { FINNISH_SURNAMES, SWEDISH_SURNAMES, type Weighted } from '../../demo-data/names.ts';

/**
 * First names of children born in Helsinki in the 2020s and family names, by home language.
 * Written by hand for the demo (the popular names of the decade in each language); the adults'
 * family names come from central/demo-data/names.ts for Finnish and Swedish families.
 */
interface NameSet {
  girls: readonly string[];
  boys: readonly string[];
  surnames: Weighted | readonly string[];
}

const FINNISH: NameSet = {
  girls: ['Aino', 'Olivia', 'Eevi', 'Isla', 'Helmi', 'Ellen', 'Venla', 'Lilja', 'Sofia', 'Aada', 'Emma', 'Hilla', 'Kerttu', 'Linnea', 'Pihla', 'Alma', 'Iida', 'Stella', 'Elsa', 'Enni'],
  boys: ['Eino', 'Leo', 'Väinö', 'Onni', 'Elias', 'Oliver', 'Toivo', 'Eeli', 'Leevi', 'Niilo', 'Hugo', 'Aatos', 'Otto', 'Vilho', 'Lenni', 'Veeti', 'Oiva', 'Eemil', 'Joel', 'Lauri'],
  surnames: FINNISH_SURNAMES,
};
const SWEDISH: NameSet = {
  girls: ['Ellen', 'Ella', 'Alice', 'Saga', 'Ebba', 'Olivia', 'Stella', 'Elsa', 'Emilia', 'Nora', 'Agnes', 'Wilma', 'Selma', 'Vera'],
  boys: ['Elias', 'Oliver', 'Hugo', 'Leo', 'Anton', 'Emil', 'Oscar', 'Isak', 'Axel', 'William', 'Theo', 'Alexander', 'Ludvig', 'Viktor'],
  surnames: SWEDISH_SURNAMES,
};
const BY_LANGUAGE: Record<string, NameSet> = {
  fin: FINNISH,
  swe: SWEDISH,
  rus: { girls: ['Sofia', 'Anastasia', 'Maria', 'Eva', 'Alisa', 'Polina', 'Varvara'], boys: ['Artjom', 'Maksim', 'Mark', 'Lev', 'Matvei', 'Ivan', 'Daniil'], surnames: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Petrov', 'Volkov', 'Sokolov', 'Morozov'] },
  ukr: { girls: ['Sofiia', 'Anna', 'Zlata', 'Solomiia', 'Viktoriia', 'Mariia'], boys: ['Oleksandr', 'Maksym', 'Artem', 'Matvii', 'Bohdan', 'Taras'], surnames: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk'] },
  est: { girls: ['Sofia', 'Mia', 'Eliise', 'Emma', 'Lenna', 'Marta'], boys: ['Rasmus', 'Oliver', 'Robin', 'Sebastian', 'Markus', 'Kaspar'], surnames: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves'] },
  som: { girls: ['Hodan', 'Ayaan', 'Sahra', 'Amina', 'Hibaaq', 'Ifrah'], boys: ['Mohamed', 'Abdi', 'Ahmed', 'Yusuf', 'Hassan', 'Omar'], surnames: ['Ali', 'Farah', 'Hassan', 'Warsame', 'Abdullahi', 'Osman', 'Jama'] },
  ara: { girls: ['Maryam', 'Fatima', 'Layla', 'Noor', 'Zainab', 'Sara'], boys: ['Yusuf', 'Omar', 'Ali', 'Adam', 'Ibrahim', 'Zakaria'], surnames: ['Al-Hassan', 'Haddad', 'Khalil', 'Mansour', 'Saleh', 'Nasser'] },
  kur: { girls: ['Rojin', 'Hana', 'Lana', 'Shilan', 'Zhina'], boys: ['Aram', 'Baran', 'Dilan', 'Rebaz', 'Karwan'], surnames: ['Ahmed', 'Karim', 'Rasul', 'Aziz', 'Mahmud'] },
  fas: { girls: ['Yasmin', 'Ava', 'Parisa', 'Darya', 'Nazanin'], boys: ['Arman', 'Kian', 'Dariush', 'Aryan', 'Reza'], surnames: ['Ahmadi', 'Hosseini', 'Karimi', 'Rahimi', 'Mohammadi'] },
  eng: { girls: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Grace', 'Lily'], boys: ['Oliver', 'George', 'Noah', 'Arthur', 'Leo', 'Jack'], surnames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Walker'] },
  zho: { girls: ['Yutong', 'Xinyi', 'Zihan', 'Ruoxi', 'Yuxi'], boys: ['Haoran', 'Yichen', 'Zimo', 'Junjie', 'Yuhang'], surnames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang'] },
  vie: { girls: ['Linh', 'Anh', 'Ngoc', 'Mai', 'Thu'], boys: ['Minh', 'Duc', 'Huy', 'Nam', 'Khoa'], surnames: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang'] },
  spa: { girls: ['Lucía', 'Martina', 'Valentina', 'Sofía', 'Julia'], boys: ['Mateo', 'Hugo', 'Martín', 'Lucas', 'Santiago'], surnames: ['García', 'Rodríguez', 'Martínez', 'López', 'Fernández'] },
};
const INTERNATIONAL: NameSet = {
  girls: ['Mia', 'Sara', 'Emma', 'Nora', 'Lina', 'Maya', 'Hana', 'Nina', 'Amira', 'Elena', 'Anna', 'Lea'],
  boys: ['Adam', 'Daniel', 'Noah', 'David', 'Samuel', 'Ali', 'Luka', 'Leon', 'Adrian', 'Aron', 'Ilyas', 'Arjun'],
  surnames: ['Singh', 'Kumar', 'Silva', 'Rossi', 'Kowalski', 'Popescu', 'Müller', 'Dubois', 'Santos', 'Hansen', 'Yilmaz', 'Khan', 'Gurung', 'Reyes', 'Sato'],
};

export function nameSetFor(homeLanguage: string): NameSet {
  return BY_LANGUAGE[homeLanguage] ?? INTERNATIONAL;
}
